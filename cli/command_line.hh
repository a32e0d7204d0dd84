// The ream command line: global options, then a chain of stages.
//
//   ream [GLOBAL OPTIONS] STAGE [OPTIONS] [then STAGE [OPTIONS]]...
//   ream [GLOBAL OPTIONS] COMMAND [ARGS]          (help, plugins, ...)
//
// Global options are declared once, in kGlobalOptions, in the same schema
// form as a plugin's options, so that --help, ream(1) and the shell
// completions are generated from the same table.
#ifndef REAM_CLI_COMMAND_LINE_HH
#define REAM_CLI_COMMAND_LINE_HH

#include <ream/plugin.h>

#include <span>
#include <string>
#include <vector>

#include "line_reader.hh"

namespace ream::cli {

// The global options, for help and generated docs.
std::span<const ream_option_spec> global_options();

struct StageWords {
  std::string name;
  std::vector<std::string> args;
  std::string where;  // "FILE:LINE:COL" when read from a pipeline file
  // Pipeline files: true for the args that begin with text from ${VAR}
  // and start with '-'.  Expanded values are operands (or the value of the
  // option before them), never options.  Empty when there are none.
  std::vector<bool> operands;
};

struct Invocation {
  std::vector<std::string> inputs;  // -i, in order; empty means stdin
  std::string output;               // -o; empty means stdout
  std::string on_error = "fail";
  std::string reject_file;
  std::string stats;       // "", "text" or "json"
  unsigned jobs = 0;       // -j; 0 means every core available
  InputRange input_range;  // --byte-range, --first-line
  bool progress = false;
  bool quiet = false;
  bool help = false;
  bool version = false;
  std::vector<std::string> global_words;  // the global options as written
  std::string command;                    // the first word after the global options
  std::vector<std::string> words;         // everything after it
  std::vector<StageWords> stages;         // `words` split on "then" (for stage chains)
};

// Parse argv.  Throws Failure (exit 2) on a bad global option.
Invocation parse_command_line(int argc, char** argv);

// Global options written after a stage name ("ream markdown -o digest.md")
// are global when the stage declares no option of that name itself: they
// are taken out of `args` and returned.  Help and version stay with the
// stage ("ream markdown -h" is the stage's help).
std::vector<std::string> lift_global_options(const ream_plugin& stage, std::vector<std::string>& args);

// Apply further global options (as lifted above) to `inv`; later words win.
void merge_global_options(Invocation& inv, const std::vector<std::string>& words);

// Split "STAGE args... then STAGE args..." into stages.  Throws Failure
// (exit 2) on an empty stage ("then then", a trailing "then").
std::vector<StageWords> split_stages(const std::string& first, const std::vector<std::string>& rest);

}  // namespace ream::cli

#endif
