// Finding field names in template text (see template_names.hh).
//
// A Mustache tag's name is what stands between the opening delimiter (and
// its type character: # ^ / & ! > or a third brace) and the closing one,
// white space trimmed; a dotted name is looked up part by part.  So a name
// a tag can hold is preceded by one of those characters, a dot or white
// space, and followed by white space, a dot or a closing brace.  Anything
// looser only keeps more fields than needed, never fewer.
#include "template_names.hh"

#include <algorithm>

namespace ream::markdown {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool may_open_name(char c) {
  switch (c) {
    case '{':
    case '#':
    case '^':
    case '/':
    case '&':
    case '!':
    case '>':
    case '.':
      return true;
    default:
      return is_space(c);
  }
}

bool may_close_name(char c) { return c == '}' || c == '.' || is_space(c); }

}  // namespace

static bool separates(char c) { return may_open_name(c) || may_close_name(c); }

TemplateNames::TemplateNames(std::string template_text)
    : everything_(template_text.find('=') != std::string::npos), text_(std::move(template_text)) {
  std::string_view text = text_;
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    while (end < text.size() && !separates(text[end])) ++end;
    if (end > i) words_.emplace(text.substr(i, end - i));
    i = end + 1;
  }
}

bool TemplateNames::may_name(std::string_view name) const {
  if (everything_ || name.empty()) return true;
  if (std::none_of(name.begin(), name.end(), separates)) return words_.count(std::string(name)) > 0;
  return occurs_as_name(name);
}

bool TemplateNames::occurs_as_name(std::string_view name) const {
  std::string_view text = text_;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    bool opens = at == 0 || may_open_name(text[at - 1]);
    bool closes = end == text.size() || may_close_name(text[end]);
    if (opens && closes) return true;
  }
  return false;
}

}  // namespace ream::markdown
