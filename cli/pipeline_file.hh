// Pipeline files: a chain of stages written down for `ream run`.
//
//   # the daily digest
//   set -o "${DIGEST_DIR}/digest.md" --stats=json
//   import ${INBOX}/*.txt
//   dedupe --state "${STATE_DIR}/seen.db" | keywords
//   cite
//   markdown --title 'Papers of the day'
//
// One stage per line, or several separated by '|'; '#' starts a comment;
// single quotes keep text as it is, double quotes expand ${VAR}; a
// backslash escapes the next character, and at the end of a line joins
// the next one.  ${VAR} comes from the environment (unset is an error) and
// is never split into several words.  Unquoted * ? [ make a word a file
// pattern, expanded in sorted order (no match is an error).  `set` lines
// hold global options.  The grammar is Boost.Spirit X3; every error names
// FILE:LINE:COLUMN.
#ifndef REAM_CLI_PIPELINE_FILE_HH
#define REAM_CLI_PIPELINE_FILE_HH

#include <string>
#include <vector>

#include <ream/plugin.h>

#include "command_line.hh"

namespace ream::cli {

struct PipelineFile {
  std::vector<std::string> global_words;  // from `set` lines, in order
  std::vector<StageWords> stages;         // each with its FILE:LINE:COL
};

// The stage's words with every operand after a "--", options (and their
// values) first, so that an operand from ${VAR} that begins with '-' is
// never read as an option.  Positional order and option order are kept.
std::vector<std::string> operands_last(const ream_plugin& stage, const StageWords& words);

// How file patterns with no match are treated: an error when running; kept
// as written when only checking (today's files need not exist yet).
enum class Globs { kMustMatch, kMayBeEmpty };

// Parse `text` read from `name`.  Throws Failure (exit 2) with
// "NAME:LINE:COLUMN: reason".
PipelineFile parse_pipeline_file(const std::string& name, const std::string& text, Globs globs = Globs::kMustMatch);

// Read and parse a file ("-": standard input).  Throws Failure (exit 4)
// when it cannot be read (a directory, say).
PipelineFile read_pipeline_file(const std::string& path, Globs globs = Globs::kMustMatch);

}  // namespace ream::cli

#endif
