// Running a stage chain from the command line: look the stages up, parse
// their options, open the output, run, then commit the output and print
// statistics.  The order matters: nothing is written and no output file
// is touched until every stage name and option has been checked.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "command_line.hh"
#include "commands.hh"
#include "diagnostics.hh"
#include "failure.hh"
#include "help_text.hh"
#include "output.hh"
#include "path_conflicts.hh"
#include "pipeline.hh"
#include "pipeline_file.hh"
#include "plugin_catalog.hh"
#include "plugin_guard.hh"
#include "progress.hh"
#include "stage_options.hh"
#include "worker_pool.hh"

namespace ream::cli {
namespace {

bool asks_for_help(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (a == "--") return false;
    if (a == "-h" || a == "--help") return true;
  }
  return false;
}

StagePlan plan_stage(CommandEnv& env, const StageWords& words, bool* help_shown, std::vector<std::string>* lifted,
                     std::vector<std::string>* input_files);

// Look every stage up and check its options before anything runs.  Stages
// from a pipeline file carry FILE:LINE:COL, which prefixes their errors.
// Global options found after stage names are applied to `inv`, and so are
// the input files named after the first stage (`ream cat a.jsonl`).
std::vector<StagePlan> plan_stages(CommandEnv& env, Invocation& inv, bool* help_shown) {
  std::vector<StagePlan> plans;
  std::vector<std::string> lifted, input_files;
  for (const auto& words : inv.stages) {
    try {
      plans.push_back(plan_stage(env, words, help_shown, &lifted, plans.empty() ? &input_files : nullptr));
    } catch (const Failure& f) {
      if (words.where.empty()) throw;
      throw Failure(f.code(), words.where + ": " + f.what());
    }
    if (*help_shown) return {};
  }
  merge_global_options(inv, lifted);
  if (!input_files.empty() && !inv.inputs.empty())
    throw Failure(kExitUsage, fmt::format("{}: input files are named both with -i and after the stage ('{}'): use one "
                                          "or the other",
                                          plans.front().name, input_files.front()));
  if (!input_files.empty()) inv.inputs = std::move(input_files);
  if (!plans.empty() && plans.front().plugin->kind == REAM_SOURCE && !inv.inputs.empty())
    throw Failure(kExitUsage, fmt::format("{}: reads the files named after it; -i is for stages that read records",
                                          plans.front().name));
  return plans;
}

StagePlan plan_stage(CommandEnv& env, const StageWords& words, bool* help_shown, std::vector<std::string>* lifted,
                     std::vector<std::string>* input_files) {
  {
    auto plugin = env.catalog.find(words.name);
    if (!plugin) {
      if (std::string why = env.catalog.skipped(words.name); !why.empty())
        throw Failure(kExitPlugin, fmt::format("unknown stage '{}': {}", words.name, why));
      if (find_command(words.name))
        throw Failure(kExitUsage, fmt::format("'{}' is a command, not a stage: run it on its own, as 'ream {}'",
                                              words.name, words.name));
      std::vector<std::string> names = env.catalog.stage_names();
      for (const auto& c : commands()) names.emplace_back(c.name);
      std::string hint = nearest(words.name, names);
      throw Failure(kExitUsage,
                    fmt::format("unknown stage '{}'{}", words.name,
                                hint.empty() ? " (see 'ream plugins')" : " (did you mean '" + hint + "'?)"));
    }
    StagePlan plan{words.name, plugin->descriptor, {}};
    if (!plugin->file.executable && asks_for_help(words.args)) {
      std::fputs(stage_help(*plugin->descriptor).c_str(), host_stdout());
      *help_shown = true;
      return plan;
    }
    if (plugin->file.executable) {
      // A described program gets help and option checks from its
      // description; its arguments still reach it unchanged.
      if (exec_is_described(*plugin->descriptor)) {
        if (asks_for_help(words.args)) {
          std::fputs(stage_help(*plugin->descriptor).c_str(), host_stdout());
          *help_shown = true;
          return plan;
        }
        parse_stage_options(*plugin->descriptor, words.name, words.args);
      }
      plan.options.positional.push_back(plugin->file.path);
      plan.options.positional.insert(plan.options.positional.end(), words.args.begin(), words.args.end());
    } else {
      std::vector<std::string> args = operands_last(*plugin->descriptor, words);
      for (auto& w : lift_global_options(*plugin->descriptor, args)) lifted->push_back(std::move(w));
      // A source reads the files named after it itself; only a stage that
      // reads records takes its extra words as input files.
      bool reads_records = plugin->descriptor->kind != REAM_SOURCE;
      plan.options = parse_stage_options(*plugin->descriptor, words.name, args, reads_records ? input_files : nullptr);
    }
    return plan;
  }
}

bool reads_standard_input(const Invocation& inv, const std::vector<StagePlan>& plans) {
  const std::vector<std::string>* names = &inv.inputs;
  if (!plans.empty() && plans.front().plugin->kind == REAM_SOURCE) names = &plans.front().options.positional;
  return names->empty() || std::find(names->begin(), names->end(), "-") != names->end();
}

void print_stats(const Pipeline& pipeline, const std::string& format, double seconds, int status) {
  const auto& stages = pipeline.stages();
  auto own_seconds = [&](size_t i) { return std::chrono::duration<double>(stages[i]->counts.busy).count(); };
  std::string out;
  if (format == "json") {
    out = "{\"stages\":[";
    for (size_t i = 0; i < stages.size(); ++i) {
      const auto& c = stages[i]->counts;
      out += fmt::format(
          "{}{{\"stage\":{},\"in\":{},\"out\":{},\"dropped\":{},\"rejected\":{},\"written\":{},\"seconds\":{:.6f}}}",
          i ? "," : "", quote(stages[i]->name()), c.in, c.out, c.dropped, c.rejected, c.written, own_seconds(i));
    }
    out += fmt::format("],\"seconds\":{:.6f},\"status\":{}}}\n", seconds, status);
  } else {
    out = fmt::format("ream: stats: {:<12} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n", "stage", "in", "out",
                      "dropped", "rejected", "written", "seconds");
    for (size_t i = 0; i < stages.size(); ++i) {
      const auto& c = stages[i]->counts;
      out += fmt::format("ream: stats: {:<12} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10.3f}\n", stages[i]->name(), c.in,
                         c.out, c.dropped, c.rejected, c.written, own_seconds(i));
    }
    out += fmt::format("ream: stats: total {:.3f} s, exit status {}\n", seconds, status);
  }
  std::fputs(out.c_str(), stderr);
}

// A part of one input is read from one file: of several files, which
// would the offsets and line numbers be for?  A byte range needs a file
// it can seek in; a first line number fits standard input too.
void check_input_range(const Invocation& inv) {
  bool ranged = !inv.input_range.whole();
  if (!ranged && inv.input_range.first_line == 1) return;
  const char* option = ranged ? "--byte-range" : "--first-line";
  if (inv.inputs.size() > 1)
    throw Failure(kExitUsage, fmt::format("{} reads a part of one input file, not of {}", option, inv.inputs.size()));
  if (ranged && (inv.inputs.empty() || inv.inputs.front() == "-"))
    throw Failure(kExitUsage, "--byte-range needs an input file, not standard input");
}

}  // namespace

void check_stages(CommandEnv& env) {
  bool help_shown = false;
  Invocation inv = env.invocation;
  std::vector<StagePlan> plans = plan_stages(env, inv, &help_shown);
  // The order rules (source first, sink last) are checked as the pipeline
  // is assembled; assemble one without creating any stage.
  Output nowhere;
  Pipeline(std::move(plans), env.diag, nowhere);
}

int run_stages(CommandEnv& env) {
  Invocation inv = env.invocation;
  bool help_shown = false;
  std::vector<StagePlan> plans = plan_stages(env, inv, &help_shown);
  if (help_shown) return kExitOk;
  env.diag.set_quiet(inv.quiet);

  env.diag.set_policy(inv.on_error == "skip" ? OnError::kSkip : OnError::kFail);
  check_path_conflicts(inv, plans);
  check_input_range(inv);
  if (stdin_was_closed() && reads_standard_input(inv, plans))
    throw Failure(kExitIo, "<stdin>: cannot read: " + std::string(std::strerror(EBADF)));
  if (!inv.reject_file.empty()) env.diag.open_reject_file(inv.reject_file);
  Output out;
  if (inv.output.empty())
    out.open_stdout();
  else
    out.open(inv.output);

  start_workers(inv.jobs ? inv.jobs : available_cores());
  if (worker_count() > 1) out.write_behind();
  auto start = std::chrono::steady_clock::now();
  Pipeline pipeline(std::move(plans), env.diag, out);
  pipeline.set_timing(!inv.stats.empty());
  pipeline.set_input_range(inv.input_range);
  ProgressLine progress(inv.progress, inv.quiet);
  if (progress.enabled()) pipeline.set_progress([&](uint64_t r, uint64_t b, uint64_t t) { progress.update(r, b, t); });

  int status = kExitOk;
  try {
    pipeline.run(inv.inputs.empty() ? std::vector<std::string>{"-"} : inv.inputs);
    // Sync and name every file first, so that a full disk fails the run
    // before any of them replaces what was there.
    out.finish();
    env.diag.finish_reject_file();
    out.commit();
    env.diag.close_reject_file();
    // Only now, with the output in place, may stages make their state
    // durable: a run killed before this point leaves the state as it was.
    pipeline.commit();
  } catch (const Failure& f) {
    progress.clear();
    status = f.code();
    env.diag.error(f.what());
    // Standard output keeps what came before the failure; a -o file is
    // never left half-written.
    if (inv.output.empty()) {
      try {
        out.flush();
      } catch (...) {
      }
    } else {
      out.abort();
    }
    // The --reject file is put in place on failure too: it holds the
    // lines that were refused, the one that ended the run among them.
    try {
      env.diag.close_reject_file();
    } catch (const Failure& g) {
      env.diag.error(g.what());
    }
  }
  progress.finish();
  if (!inv.stats.empty())
    print_stats(pipeline, inv.stats, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                status);
  return status;
}

}  // namespace ream::cli
