// Template lookup: data directories first, the compiled-in copy last.
//
// Users and packagers may replace a built-in template by dropping a file
// in a data directory, so files win; the compiled-in copy makes the plugin
// work when it is copied somewhere without its share/ directory.
#include "template_source.hh"

#include <ream/plugin.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace ream::markdown {
namespace {

// The file's text, or nothing (and the OS reason in `error`).  Read with
// read(2), so that a directory is refused (EISDIR), not read as an empty
// template that writes 0 bytes.
std::optional<std::string> read_file(const std::string& path, int* error = nullptr) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  std::string text;
  char buffer[1 << 14];
  for (ssize_t n = fd < 0 ? -1 : 0;;) {
    if (fd >= 0) n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && fd >= 0 && errno == EINTR) continue;
    if (n < 0) {
      if (error) *error = errno;
      if (fd >= 0) ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

std::vector<std::string> builtin_dirs(std::string_view plugin_dir) {
  std::vector<std::string> dirs;
  if (const char* data = std::getenv("REAM_DATA_DIR"); data && *data) dirs.push_back(std::string(data) + "/templates");
  if (!plugin_dir.empty()) dirs.push_back(std::string(plugin_dir) + "/../../../share/ream/templates");
#ifdef REAM_SOURCE_TEMPLATES
  dirs.push_back(REAM_SOURCE_TEMPLATES);
#endif
  return dirs;
}

}  // namespace

bool is_builtin_template(std::string_view name) { return name == "digest" || name == "list" || name == "table"; }

TemplateSource load_template(std::string_view spec, std::string_view plugin_dir) {
  std::string name(spec);
  if (is_builtin_template(name)) {
    for (const auto& dir : builtin_dirs(plugin_dir)) {
      std::string path = dir + "/" + name + ".mustache";
      if (auto text = read_file(path)) return {std::move(*text), path};
    }
    return {std::string(embedded_template(name)), "built-in " + name};
  }
  int error = 0;
  auto text = read_file(name, &error);
  if (!text) throw UsageError("cannot read template '" + name + "': " + std::strerror(error ? error : ENOENT));
  return {std::move(*text), name};
}

}  // namespace ream::markdown
