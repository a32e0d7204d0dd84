// ream: the command-line host.  See docs/ARCHITECTURE.md for the map.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "command_line.hh"
#include "commands.hh"
#include "diagnostics.hh"
#include "failure.hh"
#include "output.hh"
#include "plugin_catalog.hh"
#include "plugin_guard.hh"

using namespace ream::cli;

namespace {

int dispatch(Invocation& inv, Diagnostics& diag) {
  diag.set_quiet(inv.quiet);
  PluginCatalog catalog(diag);
  CommandEnv env{inv, catalog, diag};
  if (inv.version) return find_command("version")->run(env, {});
  if (inv.help) return find_command("help")->run(env, {});
  if (inv.command.empty())
    throw Failure(kExitUsage, "no stage given (try 'ream --help', or 'ream cat' to validate records)");
  if (const Command* c = find_command(inv.command)) return c->run(env, inv.words);
  inv.stages = split_stages(inv.command, inv.words);
  return run_stages(env);
}

}  // namespace

int main(int argc, char** argv) {
  open_standard_descriptors();
  guard_stdout();  // before any plugin is loaded: constructors may print
  install_crash_handlers();
  install_cleanup_handlers();
  Diagnostics diag;
  int status;
  try {
    Invocation inv = parse_command_line(argc, argv);
    status = dispatch(inv, diag);
  } catch (const Failure& f) {
    diag.error(f.what());
    status = f.code();
  } catch (const BrokenPipe&) {
    return kExitOk;  // the reader has all it wanted
  } catch (const std::exception& e) {
    diag.error(std::string("internal error: ") + e.what());
    status = kExitPlugin;
  }
  std::fflush(stdout);  // plugins' output, which goes to standard error
  if (std::fflush(host_stdout()) != 0 && errno != EPIPE) {
    diag.error(std::string("<stdout>: write failed: ") + std::strerror(errno));
    return status ? status : kExitIo;
  }
  return status;
}
