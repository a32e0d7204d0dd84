#include "plugin_catalog.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <boost/filesystem.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "diagnostics.hh"
#include "failure.hh"

#ifndef REAM_PLUGIN_SUBDIR
#define REAM_PLUGIN_SUBDIR "lib/ream/plugins"
#endif

namespace ream::cli {
namespace fs = boost::filesystem;

struct PluginCatalog::Libraries {
  std::map<std::string, boost::dll::shared_library> by_path;  // never unloaded
  std::map<std::string, const ream_plugin*> descriptors;
};

namespace {

std::vector<std::string> split_path(const char* value) {
  std::vector<std::string> out;
  if (!value) return out;
  std::string all = value;
  size_t start = 0;
  while (start <= all.size()) {
    size_t colon = std::min(all.find(':', start), all.size());
    if (colon > start) out.push_back(all.substr(start, colon - start));
    start = colon + 1;
  }
  return out;
}

bool is_executable_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// The smallest descriptor this host understands: ABI 1.0.
constexpr size_t kMinDescriptorSize = offsetof(ream_plugin, destroy) + sizeof(void (*)(void*));

}  // namespace

PluginCatalog::PluginCatalog(Diagnostics& diag) : diag_(diag), libs_(std::make_unique<Libraries>()) {
  dirs_ = split_path(std::getenv("REAM_PLUGIN_PATH"));
  if (const char* home = std::getenv("HOME"); home && *home)
    dirs_.push_back(std::string(home) + "/.local/lib/ream/plugins");
  fs::path prefix = boost::dll::program_location().parent_path().parent_path();
  dirs_.push_back((prefix / REAM_PLUGIN_SUBDIR).string());
}

PluginCatalog::~PluginCatalog() = default;

std::string PluginCatalog::unsafe_reason(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "";
  if (st.st_mode & (S_IWGRP | S_IWOTH)) return "it is group- or world-writable";
  if (st.st_uid != 0 && st.st_uid != geteuid()) return fmt::format("it is owned by another user (uid {})", st.st_uid);
  return "";
}

bool PluginCatalog::usable_dir(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return false;
  std::string why = unsafe_reason(dir);
  if (why.empty()) return true;
  if (std::find(warned_dirs_.begin(), warned_dirs_.end(), dir) == warned_dirs_.end()) {
    warned_dirs_.push_back(dir);
    diag_.warn(dir, 0, "", "plugin directory skipped: " + why);
  }
  return false;
}

std::optional<PluginFile> PluginCatalog::in_dir(const std::string& dir, const std::string& name) {
  for (bool executable : {false, true}) {
    std::string path = dir + "/" + (executable ? "ream-" + name : name + ".so");
    if (!exists(path) || (executable && !is_executable_file(path))) continue;
    if (std::string why = unsafe_reason(path); !why.empty()) {
      diag_.warn(path, 0, "", "plugin skipped: " + why);
      continue;
    }
    return PluginFile{name, path, executable};
  }
  return std::nullopt;
}

std::optional<LoadedPlugin> PluginCatalog::find(const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos) return std::nullopt;
  std::optional<PluginFile> file;
  for (const auto& dir : dirs_)
    if (usable_dir(dir) && (file = in_dir(dir, name))) break;
  if (!file) {
    for (const auto& dir : split_path(std::getenv("PATH"))) {
      std::string path = dir + "/ream-" + name;
      if (is_executable_file(path) && unsafe_reason(dir).empty() && unsafe_reason(path).empty()) {
        file = PluginFile{name, path, true};
        break;
      }
    }
  }
  if (!file) return std::nullopt;
  return LoadedPlugin{*file, load(*file)};
}

const ream_plugin* PluginCatalog::load(const PluginFile& file) {
  if (file.executable) return exec_descriptor(file.name, file.path);
  if (auto it = libs_->descriptors.find(file.path); it != libs_->descriptors.end()) return it->second;
  auto fail = [&](const std::string& why) { return Failure(kExitPlugin, file.path + ": " + why); };
  boost::dll::shared_library lib;
  try {
    lib.load(file.path, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    const char* detail = dlerror();
    throw fail(fmt::format("cannot load plugin: {}", detail ? detail : e.what()));
  }
  if (!lib.has(REAM_PLUGIN_ENTRY_SYMBOL)) throw fail("not a ream plugin: no ream_plugin_entry symbol");
  const ream_plugin* d = lib.get<const ream_plugin*()>(REAM_PLUGIN_ENTRY_SYMBOL)();
  if (!d) throw fail("ream_plugin_entry returned no descriptor");
  if (d->abi_major != REAM_ABI_MAJOR || d->abi_minor > REAM_ABI_MINOR)
    throw fail(fmt::format("plugin was built for ream plugin ABI {}.{}, but this ream speaks ABI {}.{}", d->abi_major,
                           d->abi_minor, REAM_ABI_MAJOR, REAM_ABI_MINOR));
  if (d->size < kMinDescriptorSize) throw fail(fmt::format("plugin descriptor is too small ({} bytes)", d->size));
  if (!d->name || !*d->name) throw fail("plugin descriptor has no name");
  if (d->kind != REAM_SOURCE && d->kind != REAM_TRANSFORM && d->kind != REAM_SINK)
    throw fail(fmt::format("plugin '{}' declares an unknown kind ({})", d->name, static_cast<int>(d->kind)));
  if (!d->create || !d->destroy || (d->kind == REAM_SOURCE ? !d->run : !d->process))
    throw fail(fmt::format("plugin '{}' lacks a callback its kind needs", d->name));
  if (d->name != file.name)
    throw fail(fmt::format("file is named for stage '{}' but the plugin calls itself '{}'", file.name, d->name));
  libs_->by_path.emplace(file.path, std::move(lib));
  libs_->descriptors.emplace(file.path, d);
  return d;
}

std::vector<PluginFile> PluginCatalog::list_files(bool include_path) {
  std::vector<PluginFile> out;
  auto scan = [&](const std::string& dir, bool executables_only) {
    std::vector<PluginFile> here;
    boost::system::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::string file = it->path().filename().string();
      std::string path = it->path().string();
      if (!executables_only && file.size() > 3 && file.compare(file.size() - 3, 3, ".so") == 0)
        here.push_back({file.substr(0, file.size() - 3), path, false});
      else if (file.rfind("ream-", 0) == 0 && file.size() > 5 && is_executable_file(path))
        here.push_back({file.substr(5), path, true});
    }
    std::sort(here.begin(), here.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    out.insert(out.end(), here.begin(), here.end());
  };
  for (const auto& dir : dirs_)
    if (exists(dir)) scan(dir, false);
  if (include_path)
    for (const auto& dir : split_path(std::getenv("PATH"))) scan(dir, true);
  return out;
}

std::vector<std::string> PluginCatalog::stage_names() {
  std::vector<std::string> names;
  for (const auto& f : list_files(true))
    if (std::find(names.begin(), names.end(), f.name) == names.end()) names.push_back(f.name);
  return names;
}

}  // namespace ream::cli
