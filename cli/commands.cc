#include "commands.hh"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "command_line.hh"
#include "diagnostics.hh"
#include "docgen.hh"
#include "failure.hh"
#include "help_text.hh"
#include "pipeline_file.hh"
#include "plugin_catalog.hh"
#include "plugin_guard.hh"
#include "stage_options.hh"

namespace ream::cli {
namespace {

std::span<const Command> kCommandsView();

const char* kind_name(ream_kind kind) {
  switch (kind) {
    case REAM_SOURCE:
      return "source";
    case REAM_SINK:
      return "sink";
    default:
      return "transform";
  }
}

void print(const std::string& text) { std::fwrite(text.data(), 1, text.size(), host_stdout()); }

int help(CommandEnv& env, const std::vector<std::string>& args) {
  if (args.empty()) {
    print(main_help(env.catalog));
    return kExitOk;
  }
  if (const Command* c = find_command(args[0])) {
    print(fmt::format("ream {} — {}\n\nUsage: ream {}\n", c->name, c->summary, c->usage));
    return kExitOk;
  }
  auto plugin = env.catalog.find(args[0]);
  if (!plugin) {
    if (std::string why = env.catalog.skipped(args[0]); !why.empty())
      throw Failure(kExitPlugin, fmt::format("help: unknown stage '{}': {}", args[0], why));
    std::string hint = nearest(args[0], env.catalog.stage_names());
    throw Failure(kExitUsage, fmt::format("help: unknown stage '{}'{}", args[0],
                                          hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  }
  print(stage_help(*plugin->descriptor));
  return kExitOk;
}

// `ream plugins`: one line per stage that would run, in discovery order.
int list_plugins(CommandEnv& env) {
  std::vector<std::string> seen;
  std::vector<std::array<std::string, 5>> rows{{"NAME", "KIND", "VERSION", "PATH", "SUMMARY"}};
  for (const auto& file : env.catalog.list_files(true)) {
    if (std::find(seen.begin(), seen.end(), file.name) != seen.end()) continue;
    seen.push_back(file.name);
    if (std::string why = PluginCatalog::unsafe_reason(file.path); !why.empty()) {
      rows.push_back({file.name, "?", "?", file.path, "skipped, not loaded: " + why});
      continue;
    }
    try {
      const ream_plugin* p = env.catalog.load(file);
      rows.push_back({file.name, std::string(kind_name(p->kind)) + (file.executable ? " (exec)" : ""),
                      p->version ? p->version : "-", file.path, p->summary ? p->summary : ""});
    } catch (const Failure&) {
      rows.push_back({file.name, "?", "?", file.path, "fails to load: see 'ream plugins doctor'"});
    }
  }
  std::array<size_t, 4> width{};
  for (const auto& r : rows)
    for (size_t i = 0; i < 4; ++i) width[i] = std::max(width[i], r[i].size());
  for (const auto& r : rows)
    print(fmt::format("{:<{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", r[0], width[0], r[1], width[1], r[2], width[2], r[3],
                      width[3], r[4]));
  return kExitOk;
}

// `ream plugins doctor`: everything that could make a stage not load or
// not be the one the user expects.
int doctor(CommandEnv& env) {
  int problems = 0;
  auto report = [&](const std::string& what) {
    ++problems;
    print("problem: " + what + "\n");
  };
  print("plugin directories, in search order:\n");
  for (const auto& dir : env.catalog.directories()) {
    std::string why = PluginCatalog::unsafe_reason(dir);
    bool exists = access(dir.c_str(), F_OK) == 0;
    print(fmt::format("  {}{}\n", dir, !exists ? " (absent)" : why.empty() ? "" : " (UNSAFE: " + why + ")"));
    if (exists && !why.empty()) report(fmt::format("{}: directory skipped: {}", dir, why));
  }
  std::map<std::string, std::string> first;
  for (const auto& file : env.catalog.list_files(true)) {
    if (std::string why = PluginCatalog::unsafe_reason(file.path); !why.empty()) {
      report(fmt::format("{}: plugin skipped: {}", file.path, why));
      continue;
    }
    if (auto it = first.find(file.name); it != first.end()) {
      report(fmt::format("{}: stage '{}' is shadowed by {}", file.path, file.name, it->second));
      continue;
    }
    first[file.name] = file.path;
    try {
      env.catalog.load(file);
    } catch (const Failure& e) {
      report(e.what());
    }
  }
  print(fmt::format("{} plugin(s) found, {} problem(s)\n", first.size(), problems));
  return problems ? kExitPlugin : kExitOk;
}

int plugins(CommandEnv& env, const std::vector<std::string>& args) {
  if (args.empty()) return list_plugins(env);
  if (args[0] == "doctor" && args.size() == 1) return doctor(env);
  throw Failure(kExitUsage, fmt::format("plugins: unknown argument '{}' (try 'ream plugins doctor')", args[0]));
}

// `ream run [--check] FILE`: the pipeline written in FILE.  Global options
// from its `set` lines come first, those on the command line after them
// (and so win).
int run_file(CommandEnv& env, const std::vector<std::string>& args) {
  bool check = false;
  std::string path;
  for (const auto& a : args) {
    if (a == "--check")
      check = true;
    else if (path.empty() && (a == "-" || a.empty() || a[0] != '-'))
      path = a;
    else
      throw Failure(kExitUsage, fmt::format("run: unexpected argument '{}' (usage: ream run [--check] FILE)", a));
  }
  if (path.empty()) throw Failure(kExitUsage, "run: a pipeline file is needed (usage: ream run [--check] FILE)");
  PipelineFile file = read_pipeline_file(path, check ? Globs::kMayBeEmpty : Globs::kMustMatch);
  std::vector<std::string> words{"ream"};
  words.insert(words.end(), file.global_words.begin(), file.global_words.end());
  words.insert(words.end(), env.invocation.global_words.begin(), env.invocation.global_words.end());
  words.push_back("run");
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  Invocation inv;
  try {
    inv = parse_command_line(static_cast<int>(argv.size()), argv.data());
  } catch (const Failure& f) {
    throw Failure(f.code(), path + ": set: " + f.what());
  }
  inv.stages = std::move(file.stages);
  env.diag.set_quiet(inv.quiet);
  CommandEnv inner{inv, env.catalog, env.diag};
  if (!check) return run_stages(inner);
  check_stages(inner);
  std::string names;
  for (const auto& s : inv.stages) names += (names.empty() ? "" : " then ") + s.name;
  print(fmt::format("{}: ok: {}\n", path, names));
  return kExitOk;
}

int version(CommandEnv&, const std::vector<std::string>&) {
  print(fmt::format("ream {} (plugin ABI {}.{})\n", REAM_VERSION, REAM_ABI_MAJOR, REAM_ABI_MINOR));
  return kExitOk;
}

// `ream __roff-options [STAGE]`: the OPTIONS section of a man page, from
// the schema (the global options without STAGE).  Used by the build.
int roff(CommandEnv& env, const std::vector<std::string>& args) {
  if (args.empty()) {
    print(roff_options(global_options()));
    return kExitOk;
  }
  auto plugin = env.catalog.find(args[0]);
  if (!plugin) throw Failure(kExitUsage, fmt::format("__roff-options: unknown stage '{}'", args[0]));
  const ream_plugin& p = *plugin->descriptor;
  std::string out = roff_options({p.options, p.option_count});
  if (p.positional)
    out += fmt::format(".TP\n\\fI{}\\fR...\n{}\n", roff_escape(p.positional),
                       roff_escape(p.positional_help ? p.positional_help : ""));
  print(out.empty() ? "This stage has no options of its own.\n" : out);
  return kExitOk;
}

// `ream __complete stages|options [STAGE]|values STAGE OPTION`: what shell
// completion scripts offer.  STAGE "-" means the global options.
int complete(CommandEnv& env, const std::vector<std::string>& args) {
  if (args.empty()) throw Failure(kExitUsage, "__complete: stages, options or values");
  if (args[0] == "stages") {
    for (const auto& n : env.catalog.stage_names()) print(n + "\n");
    for (const auto& c : kCommandsView())
      if (!c.hidden) print(std::string(c.name) + "\n");
    return kExitOk;
  }
  std::span<const ream_option_spec> specs = global_options();
  if (args.size() > 1 && args[1] != "-") {
    auto plugin = env.catalog.find(args[1]);
    if (!plugin) return kExitOk;
    specs = {plugin->descriptor->options, plugin->descriptor->option_count};
  }
  for (const auto& spec : specs) {
    if (args[0] == "options") {
      print(fmt::format("--{}\t{}\n", spec.name, spec.help ? spec.help : ""));
      if (spec.short_name) print(fmt::format("-{}\t{}\n", spec.short_name, spec.help ? spec.help : ""));
    } else if (args[0] == "values" && args.size() > 2 &&
               (args[2] == std::string("--") + spec.name ||
                (spec.short_name && args[2] == std::string("-") + spec.short_name))) {
      print(completion_values(spec));
    }
  }
  return kExitOk;
}

const Command kCommands[] = {
    {"help", "help [STAGE]", "show help for ream, a command or a stage", help},
    {"plugins", "plugins [doctor]", "list plugins; 'doctor' reports load failures, shadowing, unsafe paths", plugins},
    {"run", "run [--check] FILE", "run the pipeline written in FILE; --check validates it without running", run_file},
    {"version", "version", "show the version", version},
    {"__roff-options", "__roff-options [STAGE]", "man page OPTIONS section (for the build)", roff, true},
    {"__complete", "__complete WHAT [STAGE [OPTION]]", "answers for shell completion scripts", complete, true},
};

std::span<const Command> kCommandsView() { return kCommands; }

}  // namespace

std::span<const Command> commands() { return kCommands; }

const Command* find_command(const std::string& name) {
  for (const auto& c : kCommands)
    if (name == c.name) return &c;
  return nullptr;
}

}  // namespace ream::cli
