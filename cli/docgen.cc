#include "docgen.hh"

#include <fmt/format.h>

#include "stage_options.hh"

namespace ream::cli {

std::string roff_escape(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  return out;
}

std::string roff_options(std::span<const ream_option_spec> specs) {
  std::string out;
  for (const auto& spec : specs) {
    std::string head = spec.short_name ? fmt::format("\\fB\\-{}\\fR, ", spec.short_name) : "";
    head += fmt::format("\\fB\\-\\-{}\\fR", roff_escape(spec.name));
    std::string value = roff_escape(spec.value_name ? spec.value_name : "VALUE");
    if (spec.flags & kOptionalValue)
      head += fmt::format("[=\\fI{}\\fR]", value);
    else if (spec.type != REAM_OPT_FLAG)
      head += fmt::format(" \\fI{}\\fR", value);
    std::string help = spec.help ? spec.help : "";
    // The same wording as --help (help_text.cc), so the two never differ.
    if (spec.type == REAM_OPT_CHOICE && spec.choices) help += fmt::format(" [{}]", spec.choices);
    if (spec.default_value) help += fmt::format(" (default: {})", spec.default_value);
    if (spec.flags & REAM_OPT_REQUIRED) help += " (required)";
    // "\:" lets a long list of choices break after each "|", and such a
    // paragraph is set ragged right: a line of choices has no spaces to
    // stretch (groff warns "cannot adjust line").
    std::string text = roff_escape(help);
    bool breaks = false;
    for (size_t at = text.find('|'); at != std::string::npos; at = text.find('|', at + 3), breaks = true)
      text.insert(at + 1, "\\:");
    out += ".TP\n" + head + "\n" + (breaks ? ".ad l\n" + text + "\n.ad\n" : text + "\n");
  }
  return out;
}

std::string completion_values(const ream_option_spec& spec) {
  switch (spec.type) {
    case REAM_OPT_PATH:
      return "@file\n";
    case REAM_OPT_CHOICE: {
      std::string out;
      for (char c : std::string(spec.choices ? spec.choices : "")) out += c == '|' ? '\n' : c;
      return out + "\n";
    }
    case REAM_OPT_FLAG:
      return "";
    default:
      return "@value\n";
  }
}

}  // namespace ream::cli
