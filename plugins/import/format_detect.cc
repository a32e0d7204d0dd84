// Choosing a format for a file from the detectors' evidence (see
// format_detect.hh for the rule and for how to add a format).  Only the
// first Sample::kHeadBytes bytes are sampled into lines, so detection
// costs nothing on a large dump; `text` is no more than that head either.
#include "format_detect.hh"

#include <algorithm>

namespace ream::import {

std::string_view trim_blank(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Sample::Sample(std::string_view all) : text(all), head(all.substr(0, kHeadBytes)) {
  std::string_view rest = head;
  uint64_t number = 0;
  while (!rest.empty() && lines.size() < kMaxLines) {
    size_t nl = rest.find('\n');
    std::string_view line = trim_blank(rest.substr(0, nl));
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++number;
    if (line.empty()) continue;
    lines.push_back(line);
    line_numbers.push_back(number);
  }
}

const FormatSpec* format_by_name(std::string_view name) {
  for (const auto& f : formats()) {
    if (f.name == name) return &f;
    std::string_view aliases = f.aliases;
    while (!aliases.empty()) {
      size_t bar = aliases.find('|');
      if (aliases.substr(0, bar) == name) return &f;
      aliases.remove_prefix(bar == std::string_view::npos ? aliases.size() : bar + 1);
    }
  }
  return nullptr;
}

std::string format_list(std::string_view separator) {
  std::string out;
  for (const auto& f : formats()) {
    if (!out.empty()) out += separator;
    out += f.name;
  }
  return out;
}

Detection detect_format(std::string_view text) {
  Detection d;
  Sample sample(text);
  if (sample.lines.empty()) return d;
  for (const auto& f : formats()) {
    Evidence e = f.detect(sample);
    if (e) d.candidates.emplace_back(&f, std::move(e));
  }
  std::stable_sort(d.candidates.begin(), d.candidates.end(),
                   [](const auto& a, const auto& b) { return a.second.confidence > b.second.confidence; });
  if (d.candidates.empty()) d.unread_export = unread_export(text);
  if (d.candidates.empty() || d.candidates[0].second.confidence < kConfident) return d;
  if (d.candidates.size() > 1 && d.candidates[1].second.confidence + kMargin > d.candidates[0].second.confidence)
    return d;
  d.format = d.candidates[0].first;
  return d;
}

std::string unread_export(std::string_view head) {
  // EndNote's "XML" export: <xml><records><record> with EndNote's own
  // element names.  A user meets it by choosing XML in EndNote's export
  // dialog; RIS from the same dialog carries the same references.
  bool endnote = head.find("<records>") != std::string_view::npos &&
                 (head.find("<ref-type") != std::string_view::npos ||
                  head.find("<source-app name=\"EndNote\"") != std::string_view::npos);
  if (endnote)
    return "EndNote XML, which ream does not read; export the references from EndNote as RIS "
           "(File > Export, output style 'RefMan (RIS) Export') and import that";
  return {};
}

}  // namespace ream::import
