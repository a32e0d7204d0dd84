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

// Mustache nests sections without a limit, and kainjow's parser takes time
// and stack that grow with the depth: a template nested 100,000 deep never
// finishes.  Sections are counted here, following {{=open close=}}
// delimiter changes, and a template deeper than any real one is refused.
constexpr int kMaxSectionDepth = 64;

void check_section_depth(std::string_view text, const std::string& origin) {
  std::string open = "{{", close = "}}";
  int depth = 0;
  for (size_t pos = 0, b; (b = text.find(open, pos)) != std::string_view::npos;) {
    size_t inner = b + open.size();
    size_t e = text.find(close, inner);
    if (e == std::string_view::npos) return;  // kainjow reports it
    std::string_view tag = text.substr(inner, e - inner);
    pos = e + close.size();
    if (tag.empty()) continue;
    if (tag.front() == '#' || tag.front() == '^') {
      if (++depth > kMaxSectionDepth)
        throw UsageError("template " + origin + ": sections nested more than " + std::to_string(kMaxSectionDepth) +
                         " deep");
    } else if (tag.front() == '/') {
      --depth;
    } else if (tag.front() == '=' && tag.size() >= 2 && tag.back() == '=') {
      std::string_view spec = tag.substr(1, tag.size() - 2);
      size_t space = spec.find(' ');
      if (space == std::string_view::npos) continue;
      std::string_view a = spec.substr(0, space), z = spec.substr(spec.find_first_not_of(' ', space));
      if (!a.empty() && !z.empty()) open = std::string(a), close = std::string(z);
    }
  }
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
  check_section_depth(*text, name);
  return {std::move(*text), name};
}

}  // namespace ream::markdown
