#include "plugin_catalog.hh"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/filesystem.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>

#include "diagnostics.hh"
#include "failure.hh"

#ifndef REAM_PLUGIN_SUBDIR
#define REAM_PLUGIN_SUBDIR "lib/ream/plugins"
#endif

namespace ream::cli {
namespace fs = boost::filesystem;

struct PluginCatalog::Libraries {
  std::map<std::string, const ream_plugin*> descriptors;  // their libraries are never unloaded
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

// Why a file or directory with these attributes is not safe to run, or "".
std::string unsafe_attributes(const struct stat& st) {
  if (st.st_mode & (S_IWGRP | S_IWOTH)) return "it is group- or world-writable";
  if (st.st_uid != 0 && st.st_uid != geteuid()) return fmt::format("it is owned by another user (uid {})", st.st_uid);
  return "";
}

// The directory holding the object open on `fd` (a symlink's target,
// not the link).
std::string real_dir_of(int fd) {
  char target[4096];
  ssize_t n = readlink(fmt::format("/proc/self/fd/{}", fd).c_str(), target, sizeof target - 1);
  if (n <= 0) return "";
  std::string path(target, static_cast<size_t>(n));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : slash == 0 ? "/" : path.substr(0, slash);
}

// The loader's last error, as a copy.  glibc keeps the message in a
// thread's own buffer until the next dlerror() call: the second call frees
// it, so nothing is left behind after a refused plugin.
std::string take_dlerror() {
  const char* message = dlerror();
  std::string copy = message ? message : "";
  dlerror();
  return copy;
}

// dlerror() names the file it was given (/proc/self/fd/N); the user knows
// the plugin by its path, which the caller puts in front.
std::string without_fd_path(std::string detail) {
  if (detail.rfind("/proc/self/fd/", 0) == 0)
    if (size_t colon = detail.find(": "); colon != std::string::npos) detail.erase(0, colon + 2);
  return detail;
}

// The smallest descriptor this host understands: ABI 1.0.
constexpr size_t kMinDescriptorSize = offsetof(ream_plugin, destroy) + sizeof(void (*)(void*));

}  // namespace

PluginCatalog::PluginCatalog(Diagnostics& diag) : diag_(diag), libs_(std::make_unique<Libraries>()) {
  for (auto& dir : split_path(std::getenv("REAM_PLUGIN_PATH"))) {
    if (dir[0] == '/')
      dirs_.push_back(std::move(dir));
    else
      diag_.warn("", 0, "",
                 fmt::format("REAM_PLUGIN_PATH entry '{}' ignored: plugin directories must be absolute", dir));
  }
  if (const char* home = std::getenv("HOME"); home && *home)
    dirs_.push_back(std::string(home) + "/.local/lib/ream/plugins");
  fs::path prefix = boost::dll::program_location().parent_path().parent_path();
  dirs_.push_back((prefix / REAM_PLUGIN_SUBDIR).string());
}

PluginCatalog::~PluginCatalog() = default;

std::string PluginCatalog::unsafe_reason(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "";
  if (std::string why = unsafe_attributes(st); !why.empty()) return why;
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0) return "";
    std::string dir = real_dir_of(fd);
    ::close(fd);
    struct stat dir_st {};
    if (!dir.empty() && ::stat(dir.c_str(), &dir_st) == 0 && S_ISDIR(dir_st.st_mode))
      if (std::string why = unsafe_attributes(dir_st); !why.empty())
        return fmt::format("it links to {}, whose directory is unsafe ({})", dir, why);
  }
  return "";
}

// Open `path` and check the object actually opened, so that what is
// checked is what is loaded: a file swapped in between cannot slip
// through.  Returns the descriptor, or -1 with `*why` set.
int PluginCatalog::open_checked(const std::string& path, std::string* why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *why = fmt::format("cannot open plugin: {}", std::strerror(errno));
    return -1;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    *why = "plugin skipped: it is not a regular file";
    return -1;
  }
  std::string reason = unsafe_attributes(st);
  if (reason.empty()) {
    std::string dir = real_dir_of(fd);
    struct stat dir_st {};
    if (!dir.empty() && ::stat(dir.c_str(), &dir_st) == 0)
      if (std::string dir_why = unsafe_attributes(dir_st); !dir_why.empty())
        reason = fmt::format("it is in {}, and {}", dir, dir_why);
  }
  if (!reason.empty()) {
    ::close(fd);
    *why = "plugin skipped: " + reason;
    return -1;
  }
  return fd;
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
  if (file.executable) {
    std::string problem;
    const ream_plugin* d = exec_descriptor(file.name, file.path, &problem);
    if (!problem.empty()) diag_.warn(file.path, 0, "", problem);
    return d;
  }
  if (auto it = libs_->descriptors.find(file.path); it != libs_->descriptors.end()) return it->second;
  auto fail = [&](const std::string& why) { return Failure(kExitPlugin, file.path + ": " + why); };
  std::string why;
  int fd = open_checked(file.path, &why);
  if (fd < 0) throw fail(why);
  // RTLD_NOW: a missing symbol is found here, as an error about this
  // plugin, instead of killing the process when the plugin first calls it.
  // The descriptor stays open while the library is loaded: the loader
  // knows a library by the name it was opened with, and a reused
  // /proc/self/fd/N would make it hand back the earlier library.
  void* lib = dlopen(fmt::format("/proc/self/fd/{}", fd).c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    ::close(fd);
    std::string detail = take_dlerror();
    throw fail(fmt::format("cannot load plugin: {}", detail.empty() ? "unknown reason" : without_fd_path(detail)));
  }
  auto entry = reinterpret_cast<ream_plugin_entry_fn>(dlsym(lib, REAM_PLUGIN_ENTRY_SYMBOL));
  if (!entry) {
    take_dlerror();
    throw fail("not a ream plugin: no ream_plugin_entry symbol");
  }
  const ream_plugin* d = entry();
  if (!d) throw fail("ream_plugin_entry returned no descriptor");
  if (d->abi_major != REAM_ABI_MAJOR || d->abi_minor > REAM_ABI_MINOR)
    throw fail(fmt::format("plugin was built for ream plugin ABI {}.{}, but this ream speaks ABI {}.{}", d->abi_major,
                           d->abi_minor, REAM_ABI_MAJOR, REAM_ABI_MINOR));
  if (d->size < kMinDescriptorSize) throw fail(fmt::format("plugin descriptor is too small ({} bytes)", d->size));
  if (!d->name || !*d->name) throw fail("plugin descriptor has no name");
  if (d->kind != REAM_SOURCE && d->kind != REAM_TRANSFORM && d->kind != REAM_SINK)
    throw fail(fmt::format("plugin '{}' declares an unknown kind ({})", d->name, static_cast<int>(d->kind)));
  const char* missing = !d->create               ? "create"
                        : !d->destroy            ? "destroy"
                        : d->kind == REAM_SOURCE ? (d->run ? nullptr : "run")
                                                 : (d->process ? nullptr : "process");
  if (missing)
    throw fail(fmt::format("plugin '{}' lacks the {} callback its kind ({}) needs", d->name, missing,
                           d->kind == REAM_SOURCE ? "source"
                           : d->kind == REAM_SINK ? "sink"
                                                  : "transform"));
  if (d->name != file.name)
    throw fail(fmt::format("file is named for stage '{}' but the plugin calls itself '{}'", file.name, d->name));
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
  // Unsafe directories are not even listed: nothing in them is loaded.
  for (const auto& dir : dirs_)
    if (usable_dir(dir)) scan(dir, false);
  if (include_path)
    for (const auto& dir : split_path(std::getenv("PATH")))
      if (!dir.empty() && dir[0] == '/' && unsafe_reason(dir).empty()) scan(dir, true);
  return out;
}

// How to make an unsafe path safe, for a message.
static std::string how_to_fix(const std::string& path, const std::string& why) {
  if (why.find("owned by another user") != std::string::npos)
    return fmt::format("it must belong to you or root: chown \"$(id -un)\" {}", path);
  return fmt::format("chmod go-w {}", path);
}

std::string PluginCatalog::skipped(const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos) return "";
  for (const auto& dir : dirs_) {
    for (const std::string& path : {dir + "/" + name + ".so", dir + "/ream-" + name}) {
      if (!exists(path)) continue;
      if (std::string why = unsafe_reason(dir); !why.empty())
        return fmt::format("{} was skipped because its directory {} is not safe: {} (fix: {})", path, dir, why,
                           how_to_fix(dir, why));
      std::string why = unsafe_reason(path);
      if (why.empty()) continue;
      std::string fix_path = path;
      if (size_t at = why.find("it links to "); at != std::string::npos)
        fix_path = why.substr(at + 12, why.find(',', at) - at - 12);
      return fmt::format("{} was skipped because {} (fix: {})", path, why, how_to_fix(fix_path, why));
    }
  }
  return "";
}

std::vector<std::string> PluginCatalog::stage_names() {
  std::vector<std::string> names;
  for (const auto& f : list_files(true))
    if (std::find(names.begin(), names.end(), f.name) == names.end()) names.push_back(f.name);
  return names;
}

}  // namespace ream::cli
