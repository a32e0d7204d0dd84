// Refusing a run that would write over a file it reads, or write one file
// twice.
//
// `ream cat -i papers.jsonl --reject papers.jsonl` would empty the input
// before reading it.  Every option that names a file says in its schema
// whether the stage reads it or writes it (REAM_OPT_READS, _WRITES); the
// host compares the files by device and inode, as cat does ("input file is
// output file"), before anything is opened for writing.  A file that does
// not exist yet is known by its directory's identity and its name, so two
// outputs naming one new file are caught too.  Outputs marked
// REAM_OPT_REPLACES (-o, keywords --save-df) may name a file their stage
// reads: they are renamed into place only after it was read.
#ifndef REAM_CLI_PATH_CONFLICTS_HH
#define REAM_CLI_PATH_CONFLICTS_HH

#include <vector>

#include "command_line.hh"
#include "pipeline.hh"

namespace ream::cli {

// Throws Failure (exit 2) naming both options when two paths conflict.
void check_path_conflicts(const Invocation& inv, const std::vector<StagePlan>& plans);

}  // namespace ream::cli

#endif
