// A stage's command-line words, checked against its option schema.
//
// The schema in the plugin descriptor is the single definition of a
// stage's options: this parser, `--help`, the man pages and the shell
// completions all read it.  Values reach the plugin as text, already
// checked against their declared type.
#ifndef REAM_CLI_STAGE_OPTIONS_HH
#define REAM_CLI_STAGE_OPTIONS_HH

#include <ream/plugin.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The parsed options the host hands to a plugin (opaque to plugins).
struct ream_options {
  std::vector<std::pair<std::string, std::vector<std::string>>> values;  // defaults included
  std::vector<std::string> given;                                        // names set by the user
  std::vector<std::string> positional;

  const std::vector<std::string>* find(std::string_view name) const;
};

namespace ream::cli {

// Parse `args` for stage `stage`.  Throws Failure (exit 2) with a message
// that names the stage and, for a misspelt option, the nearest one.  The
// positional words beyond the plugin's positional_max are input files: they
// go to `input_files` when it is given (the first stage of a run that
// reads records), and are a usage error otherwise.
ream_options parse_stage_options(const ream_plugin& plugin, const std::string& stage,
                                 const std::vector<std::string>& args, std::vector<std::string>* input_files = nullptr);

// How many positional words the stage takes before its input files: none
// without a `positional` name, -1 for any number (no input files then; also
// for plugins built before ABI 1.3, which do not say).
int32_t positional_max(const ream_plugin& plugin);

// The closest of `candidates` to `word`, or "" when none is close.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// A host-only flag for global options whose value may be left out
// (--stats, --stats=json).  Plugins' options always take their value.
constexpr uint32_t kOptionalValue = 1u << 16;

// "--keep MODE", "-n, --lines N": how an option is written in help.
std::string option_synopsis(const ream_option_spec& spec);

}  // namespace ream::cli

#endif
