#include "path_conflicts.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <ream/atomic_file.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "failure.hh"
#include "plugin_guard.hh"

namespace ream::cli {
namespace {

// What a file is, whether it exists yet or not.
struct Identity {
  dev_t dev = 0;
  ino_t ino = 0;
  std::string name;  // "" for an existing file; else its name in the directory (dev, ino)
  bool operator==(const Identity&) const = default;
};

std::optional<Identity> identity_of_descriptor(int fd) {
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return Identity{st.st_dev, st.st_ino, {}};
}

std::optional<Identity> identity_of(const std::string& path) {
  // /dev/stderr and the like are ream's own descriptors, written through.
  if (ream::atomic_file_detail::descriptor_named(path) >= 0) return std::nullopt;
  struct stat st {};
  if (stat(path.c_str(), &st) == 0) {
    // Devices and FIFOs are written through, never replaced: /dev/null
    // may be named twice.
    if (!S_ISREG(st.st_mode)) return std::nullopt;
    return Identity{st.st_dev, st.st_ino, {}};
  }
  auto slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  if (stat(dir.c_str(), &st) != 0) return std::nullopt;
  return Identity{st.st_dev, st.st_ino, slash == std::string::npos ? path : path.substr(slash + 1)};
}

struct NamedFile {
  std::string who;   // "-o", "-i", "dedupe --report"
  std::string path;  // as written
  Identity id;
  bool writes = false;
  bool reads = false;
  int stage = -1;               // index of the stage whose option it is; -1 for the host's
  bool replaces = false;        // may name a file read (any, for the host's -o)
  std::string replaces_option;  // for a stage's option: the only one whose file it may name
};

bool may_replace(const NamedFile& out, const NamedFile& in) {
  if (!out.replaces || in.writes) return false;
  return out.stage == -1 || (out.stage == in.stage && in.who == out.replaces_option);
}

std::string describe(const NamedFile& f) { return f.path.empty() ? f.who : fmt::format("{} '{}'", f.who, f.path); }

void add(std::vector<NamedFile>& files, NamedFile f, bool must_exist_to_matter) {
  auto id = identity_of(f.path);
  if (!id || (must_exist_to_matter && !id->name.empty())) return;
  f.id = *id;
  files.push_back(std::move(f));
}

// Standard input as an input file, when it is a regular file with
// something left to read (an empty or finished one cannot be harmed).
void add_standard_input(std::vector<NamedFile>& files) {
  auto id = identity_of_descriptor(STDIN_FILENO);
  struct stat st {};
  if (!id || fstat(STDIN_FILENO, &st) != 0 || lseek(STDIN_FILENO, 0, SEEK_CUR) >= st.st_size) return;
  files.push_back(NamedFile{"standard input", "", *id, false, true, -1, false, {}});
}

std::vector<NamedFile> named_files(const Invocation& inv, const std::vector<StagePlan>& plans) {
  std::vector<NamedFile> files;
  bool stdin_read = inv.inputs.empty();
  for (const auto& in : inv.inputs) {
    if (in == "-")
      stdin_read = true;
    else
      add(files, NamedFile{"-i", in, {}, false, true, -1, false, {}}, true);
  }
  if (!plans.empty() && plans.front().plugin->kind == REAM_SOURCE) {
    stdin_read = false;
    for (const auto& in : plans.front().options.positional) {
      if (in == "-")
        stdin_read = true;
      else
        add(files, NamedFile{plans.front().name, in, {}, false, true, 0, false, {}}, true);
    }
  }
  if (stdin_read) add_standard_input(files);
  if (!inv.output.empty() && inv.output != "-")
    add(files, NamedFile{"-o", inv.output, {}, true, false, -1, true, {}}, false);
  else if (auto id = identity_of_descriptor(host_stdout_fd()))
    files.push_back(NamedFile{"standard output", "", *id, true, false, -1, false, {}});
  if (!inv.reject_file.empty())
    add(files, NamedFile{"--reject", inv.reject_file, {}, true, false, -1, false, {}}, false);

  for (size_t s = 0; s < plans.size(); ++s) {
    const ream_plugin& plugin = *plans[s].plugin;
    for (size_t o = 0; o < plugin.option_count; ++o) {
      const ream_option_spec& spec = plugin.options[o];
      if (spec.type != REAM_OPT_PATH) continue;
      const auto* values = plans[s].options.find(spec.name);
      bool given = false;
      for (const auto& g : plans[s].options.given) given |= g == spec.name;
      if (!values || !given) continue;
      bool reads = spec.flags & REAM_OPT_READS, writes = spec.flags & REAM_OPT_WRITES;
      if (!reads && !writes) writes = true;  // unknown: assume the worst
      bool replaces = writes && (spec.flags & REAM_OPT_REPLACES) && spec.choices;
      for (const auto& v : *values)
        add(files,
            NamedFile{fmt::format("{} --{}", plans[s].name, spec.name),
                      v,
                      {},
                      writes,
                      reads,
                      static_cast<int>(s),
                      replaces,
                      replaces ? fmt::format("{} --{}", plans[s].name, spec.choices) : ""},
            !writes);
    }
  }
  return files;
}

}  // namespace

void check_path_conflicts(const Invocation& inv, const std::vector<StagePlan>& plans) {
  std::vector<NamedFile> files = named_files(inv, plans);
  for (size_t a = 0; a < files.size(); ++a) {
    for (size_t b = 0; b < files.size(); ++b) {
      if (a == b || !(files[a].id == files[b].id) || !files[a].writes) continue;
      const NamedFile &out = files[a], &other = files[b];
      if (other.writes) {
        if (b < a) continue;  // reported once, in the order given
        if (out.who == other.who && out.stage == other.stage && out.path == other.path) continue;
        throw Failure(kExitUsage, fmt::format("{} and {} are the same file: it cannot be written twice", describe(out),
                                              describe(other)));
      }
      if (may_replace(out, other)) continue;
      throw Failure(kExitUsage, fmt::format("{} is the same file as {}, which is read: input file is output file",
                                            describe(out), describe(other)));
    }
  }
}

}  // namespace ream::cli
