// Subcommands: each is one row of the table in commands.cc and one
// function.  Anything that is not a command is a stage name.
#ifndef REAM_CLI_COMMANDS_HH
#define REAM_CLI_COMMANDS_HH

#include <span>
#include <string>
#include <vector>

namespace ream::cli {

class PluginCatalog;
class Diagnostics;
struct Invocation;

struct CommandEnv {
  const Invocation& invocation;
  PluginCatalog& catalog;
  Diagnostics& diag;
};

struct Command {
  const char* name;
  const char* usage;
  const char* summary;
  int (*run)(CommandEnv& env, const std::vector<std::string>& args);
  bool hidden = false;  // for build and shell machinery, not in --help
};

std::span<const Command> commands();
const Command* find_command(const std::string& name);

// Run a chain of stages: the default when the first word is not a command.
int run_stages(CommandEnv& env);

// Check a chain of stages (names, options) without running it.
void check_stages(CommandEnv& env);

}  // namespace ream::cli

#endif
