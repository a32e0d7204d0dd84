#include "help_text.hh"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "command_line.hh"
#include "commands.hh"
#include "plugin_catalog.hh"
#include "stage_options.hh"

#ifndef REAM_VERSION
#define REAM_VERSION "0"
#endif

namespace ream::cli {

std::string wrap(const std::string& text, size_t indent, size_t width) {
  std::string out, line;
  std::istringstream words(text);
  std::string word;
  const std::string pad(indent, ' ');
  while (words >> word) {
    if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
      out += pad + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += pad + line + "\n";
  return out;
}

std::string options_help(std::span<const ream_option_spec> specs) {
  std::string out;
  for (const auto& spec : specs) {
    std::string head = "  " + option_synopsis(spec);
    std::string help = spec.help ? spec.help : "";
    if (spec.type == REAM_OPT_CHOICE && spec.choices) help += fmt::format(" [{}]", spec.choices);
    if (spec.default_value) help += fmt::format(" (default: {})", spec.default_value);
    if (spec.flags & REAM_OPT_REQUIRED) help += " (required)";
    out += head + "\n" + wrap(help, 8);
  }
  return out;
}

std::string stage_help(const ream_plugin& p) {
  std::string out = fmt::format("ream {} — {}\n\n", p.name, p.summary ? p.summary : "");
  std::string usage = fmt::format("Usage: ream [GLOBAL OPTIONS] {}", p.name);
  if (p.option_count) usage += " [OPTIONS]";
  // A stage that says how many words it takes reads its input files from
  // the words after them (ABI 1.3); the others list theirs as before.
  const int32_t takes = p.kind == REAM_SOURCE ? -1 : positional_max(p);
  if (p.positional && takes < 0) usage += fmt::format(" [{}...]", p.positional);
  if (p.positional && takes > 0) usage += fmt::format(" {}", p.positional);
  if (takes >= 0) usage += " [FILE...]";
  out += usage + "\n\n";
  if (p.description) out += wrap(p.description, 0) + "\n";
  if (p.positional && p.positional_help)
    out += fmt::format("Arguments:\n  {}{}\n{}\n", p.positional, takes < 0 ? "..." : "", wrap(p.positional_help, 8));
  if (takes >= 0)
    out += fmt::format("{}  FILE...\n{}\n", p.positional && p.positional_help ? "" : "Arguments:\n",
                       wrap("input files, read in order as with -i; none for standard input", 8));
  if (p.option_count) out += "Options:\n" + options_help({p.options, p.option_count}) + "\n";
  out += "Global options (before the stage name) are listed by 'ream --help'.\n";
  return out;
}

std::string main_help(PluginCatalog& catalog) {
  std::string out = fmt::format("ream {} — streams of scientific paper records, one stage at a time\n\n", REAM_VERSION);
  out +=
      "Usage:\n"
      "  ream [GLOBAL OPTIONS] STAGE [OPTIONS] [then STAGE [OPTIONS]]...\n"
      "  ream COMMAND [ARGS]\n\n";
  out += wrap(
      "Every stage reads JSON Lines (one paper record per line) from standard input or -i FILE and "
      "writes JSON Lines to standard output or -o FILE. Importers turn foreign formats into records; "
      "emitters turn records into documents. Stages chained with 'then' run in one process and give "
      "the same bytes as the same stages joined by shell pipes.",
      0);
  out += "\nStages:\n";
  std::vector<std::string> names = catalog.stage_names();
  std::sort(names.begin(), names.end());
  size_t w = 0;
  for (const auto& n : names) w = std::max(w, n.size());
  for (const auto& n : names) {
    std::string summary;
    try {
      if (auto p = catalog.find(n)) summary = p->descriptor->summary ? p->descriptor->summary : "";
    } catch (const std::exception&) {
      summary = "(fails to load: see 'ream plugins doctor')";
    }
    out += fmt::format("  {:<{}}  {}\n", n, w, summary);
  }
  out += "\nCommands:\n";
  size_t usage_width = 0;
  for (const auto& c : commands())
    if (!c.hidden) usage_width = std::max(usage_width, std::string_view(c.usage).size());
  for (const auto& c : commands())
    if (!c.hidden) out += fmt::format("  {:<{}}  {}\n", c.usage, usage_width, c.summary);
  out += "\nGlobal options:\n" + options_help(global_options());
  out +=
      "\nExit status:\n"
      "  0  success\n"
      "  1  malformed input data (with --on-error=fail)\n"
      "  2  usage error: unknown stage or option, bad value\n"
      "  3  a plugin failed to load or failed\n"
      "  4  an input could not be read or the output written\n";
  out += "\nSee 'ream help STAGE' for a stage's options, and ream(1) for more.\n";
  return out;
}

}  // namespace ream::cli
