// The --ream-describe handshake of executable plugins.
//
// `ream-NAME --ream-describe` may print one JSON object saying what the
// stage is, so that it gets --help, option validation, man pages and
// completion like a shared-object plugin:
//   {"summary": "...", "description": "...", "kind": "transform",
//    "positional": "ARG", "positional_help": "...",
//    "options": [{"name": "year", "short": "y", "type": "int",
//                 "value_name": "N", "default": "2020", "choices": "a|b",
//                 "help": "...", "required": true, "repeatable": false,
//                 "list": false}]}
// Types: flag, int, number, string, choice, path.  A program that does not
// know the handshake (no JSON object with a "summary", a non-zero exit, no
// answer within two seconds) simply has no description and runs as before.
// Only programs that passed the catalog's safety checks are asked, and the
// answer is cached under $XDG_CACHE_HOME/ream (or ~/.cache/ream), keyed by
// path, size and modification time, so help and completion stay fast.
#ifndef REAM_CLI_EXEC_DESCRIBE_HH
#define REAM_CLI_EXEC_DESCRIBE_HH

#include <ream/plugin.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ream::cli {

struct ExecOption {
  std::string name, value_name, default_value, choices, help;
  char short_name = 0;
  ream_option_type type = REAM_OPT_STRING;
  uint32_t flags = 0;
  bool has_value_name = false, has_default = false, has_choices = false;
};

struct ExecDescription {
  std::string summary, description, positional, positional_help;
  std::vector<ExecOption> options;
};

// The program's description, or nullopt when it gives none.  A malformed
// answer is reported through `*problem` (and treated as none).
std::optional<ExecDescription> describe_executable(const std::string& path, std::string* problem);

// Parse an answer (exposed for tests).  Throws std::runtime_error.
ExecDescription parse_description(const std::string& json);

}  // namespace ream::cli

#endif
