// Finding and loading stage plugins.
//
// A stage NAME is, in the first plugin directory that has one:
//   NAME.so      a shared object exporting ream_plugin_entry, or
//   ream-NAME    an executable speaking JSON Lines on stdin/stdout,
// and failing those, an executable ream-NAME on PATH.  The directories
// are $REAM_PLUGIN_PATH (colon-separated), ~/.local/lib/ream/plugins and
// <prefix>/lib/ream/plugins, in that order; an earlier one shadows a
// later one.  Files and directories that another user could change
// (group- or world-writable, or owned by neither root nor the caller) are
// skipped with a warning, and never loaded: a shared object is opened,
// the open descriptor checked, and /proc/self/fd/N handed to dlopen, so
// the object checked is the object loaded.  Symbols are resolved at load
// (RTLD_NOW), so a plugin with a missing symbol is a load error about that
// plugin.  Relative entries in $REAM_PLUGIN_PATH are ignored with a
// warning.  Loaded libraries stay loaded until exit.
#ifndef REAM_CLI_PLUGIN_CATALOG_HH
#define REAM_CLI_PLUGIN_CATALOG_HH

#include <ream/plugin.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ream::cli {

class Diagnostics;

struct PluginFile {
  std::string name;  // stage name
  std::string path;
  bool executable = false;  // ream-NAME rather than NAME.so
};

struct LoadedPlugin {
  PluginFile file;
  const ream_plugin* descriptor = nullptr;
};

class PluginCatalog {
 public:
  explicit PluginCatalog(Diagnostics& diag);
  ~PluginCatalog();

  const std::vector<std::string>& directories() const { return dirs_; }

  // The plugin for stage `name`; nullopt when there is none.  Throws
  // Failure (exit 3) when it exists but cannot be loaded.
  std::optional<LoadedPlugin> find(const std::string& name);

  // Every plugin file, in discovery order, shadowed ones included.
  std::vector<PluginFile> list_files(bool include_path);

  // Load one file (no caching of failures).  Throws Failure (exit 3).
  const ream_plugin* load(const PluginFile& file);

  // Why `path` (a plugin file or directory) is not safe to load, or "".
  static std::string unsafe_reason(const std::string& path);

  // Open a plugin file and check the opened object (see the .cc).
  static int open_checked(const std::string& path, std::string* why);

  // Why stage `name` was not found although a file for it exists (it was
  // skipped as unsafe), with how to fix that; "" when there is no such file.
  std::string skipped(const std::string& name);

  // Every known stage name, for "did you mean".
  std::vector<std::string> stage_names();

 private:
  bool usable_dir(const std::string& dir);
  std::optional<PluginFile> in_dir(const std::string& dir, const std::string& name);

  Diagnostics& diag_;
  std::vector<std::string> dirs_;
  std::vector<std::string> warned_dirs_;
  struct Libraries;
  std::unique_ptr<Libraries> libs_;
};

// The descriptor for an executable plugin (see exec_stage.cc), from its
// --ream-describe answer when it gives one (see exec_describe.hh); a
// malformed answer is described in `*problem`.
const ream_plugin* exec_descriptor(const std::string& name, const std::string& path, std::string* problem);

// Whether an executable plugin's descriptor came from --ream-describe.
bool exec_is_described(const ream_plugin& plugin);

}  // namespace ream::cli

#endif
