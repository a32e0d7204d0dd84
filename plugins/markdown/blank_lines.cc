// Blank-line squeezing after rendering.
//
// kainjow's Mustache keeps the line of a standalone section tag when the
// section is skipped, so a template written one field per line leaves a
// blank line for every empty field.  In Markdown a run of blank lines
// means the same as one (outside code blocks), so squeezing them after
// rendering is safe and keeps templates readable, for users' templates as
// much as the built-in ones.  Lines holding only spaces count as blank.
#include "blank_lines.hh"

namespace ream::markdown {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

bool fence(std::string_view s) {
  size_t indent = s.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3) return false;
  s.remove_prefix(indent);
  return s.starts_with("```") || s.starts_with("~~~");
}

}  // namespace

void BlankLineSqueezer::line(std::string_view text, std::string& out) {
  if (!in_fence_ && blank(text)) {
    blank_pending_ = wrote_;
    return;
  }
  if (blank_pending_) out += '\n';
  blank_pending_ = false;
  out.append(text);
  out += '\n';
  wrote_ = true;
  if (fence(text)) in_fence_ = !in_fence_;
}

std::string BlankLineSqueezer::feed(std::string_view chunk) {
  std::string out;
  partial_.append(chunk);
  size_t start = 0;
  for (size_t nl; (nl = partial_.find('\n', start)) != std::string::npos; start = nl + 1)
    line(std::string_view(partial_).substr(start, nl - start), out);
  partial_.erase(0, start);
  return out;
}

std::string BlankLineSqueezer::finish() {
  std::string out;
  if (!partial_.empty()) line(partial_, out);
  partial_.clear();
  return out;
}

}  // namespace ream::markdown
