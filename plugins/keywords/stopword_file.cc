// Stopword file search; the order is documented in stopword_file.hh.
//
// The plugin's own location comes from dladdr on a function of this
// file: the static library is linked into the plugin, so that address
// lies inside keywords.so wherever it was installed.
#include "stopword_file.hh"

#include <ream/read_file.hpp>

#include <ream/plugin.hpp>

#include <dlfcn.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ream::keywords {

namespace {

constexpr const char* kRelativePath = "stopwords/en.txt";

std::optional<std::string> beside_plugin() {
  Dl_info info{};
  if (!dladdr(reinterpret_cast<void*>(&find_stopword_file), &info) || !info.dli_fname) return std::nullopt;
  std::filesystem::path self(info.dli_fname);
  return (self.parent_path() / "../../../share/ream" / kRelativePath).lexically_normal().string();
}

}  // namespace

std::optional<std::string> find_stopword_file() {
  std::vector<std::string> places;
  if (const char* dir = std::getenv("REAM_DATA_DIR"); dir && *dir)
    places.push_back((std::filesystem::path(dir) / kRelativePath).string());
  if (auto path = beside_plugin()) places.push_back(*path);
  for (const auto& p : places) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p;
  }
  return std::nullopt;
}

// Unreadable files are an I/O error (exit 4) with the OS reason, as ream(1)
// says of every file; a directory is refused, not read as empty.
std::string read_file(const std::string& path, const std::string& what) { return read_whole_file(path, what); }

}  // namespace ream::keywords
