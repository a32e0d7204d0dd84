// Splitting a template at its papers section.
//
// A whole-document template (the digest) cannot be rendered in one go
// without holding every paper's variables at once.  Instead each top-level
// `{{#papers}}…{{/papers}}` section is cut out: the rest (the frame) is
// rendered once with a marker where each group's papers go, and a section
// alone is rendered for one paper at a time.  The main section needs each
// paper's full variables (built from the spooled record); a table of
// contents is a second section that may show only the small index
// variables, so this scanner checks that at most one section uses more.
//
// The scan reads tags the way kainjow's Mustache does with the default
// delimiters.  Anything it does not model (custom delimiters, partials,
// unbalanced sections) makes it give up, and the caller renders the whole
// document the simple way.
#include "papers_section.hh"

#include <algorithm>
#include <array>
#include <vector>

namespace ream::markdown {
namespace {

struct Tag {
  size_t begin = 0, end = 0;
  char kind = ' ';  // '#', '^', '/', '!', '>', '&', '{', or ' ' for a variable
  std::string_view name;
};

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::optional<std::vector<Tag>> scan_tags(std::string_view text) {
  std::vector<Tag> tags;
  for (size_t pos = 0, b; (b = text.find("{{", pos)) != std::string_view::npos;) {
    Tag tag;
    tag.begin = b;
    if (text.substr(b, 3) == "{{{") {
      size_t e = text.find("}}}", b + 3);
      if (e == std::string_view::npos) return std::nullopt;
      tag.kind = '{';
      tag.name = trim(text.substr(b + 3, e - b - 3));
      tag.end = e + 3;
    } else {
      size_t e = text.find("}}", b + 2);
      if (e == std::string_view::npos) return std::nullopt;
      std::string_view inner = text.substr(b + 2, e - b - 2);
      if (!inner.empty() && std::string_view("#^/!>&=").find(inner[0]) != std::string_view::npos) {
        tag.kind = inner[0];
        inner.remove_prefix(1);
      }
      if (tag.kind == '=' || tag.kind == '>') return std::nullopt;
      tag.name = trim(inner);
      tag.end = e + 2;
    }
    tags.push_back(tag);
    pos = tag.end;
  }
  return tags;
}

// A top-level papers section: tags[open] and tags[close] are its tags.
struct Section {
  size_t open = 0, close = 0;
  bool shows_more_than_index = false;
};

bool index_or_outer_name(std::string_view name) {
  static constexpr std::array<std::string_view, 11> kNames = {
      "title_text", "anchor",     "ref_md", "digest_title", "digest_date", "digest_count", "digest_count_text", "toc",
      "grouped",    "group_name", "."};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

std::optional<std::vector<Section>> papers_sections(const std::vector<Tag>& tags) {
  std::vector<Section> sections;
  std::vector<size_t> open;  // indices of open section tags
  std::optional<Section> current;
  for (size_t i = 0; i < tags.size(); ++i) {
    const Tag& t = tags[i];
    if (current && t.kind != '!' && t.kind != '/' && !index_or_outer_name(t.name) && t.name != "papers")
      current->shows_more_than_index = true;
    if (t.kind == '#' || t.kind == '^') {
      if (t.kind == '#' && t.name == "papers" && !current) {
        current = Section{i, 0, false};
      }
      open.push_back(i);
    } else if (t.kind == '/') {
      if (open.empty() || tags[open.back()].name != t.name) return std::nullopt;
      if (current && open.back() == current->open) {
        current->close = i;
        sections.push_back(*current);
        current.reset();
      }
      open.pop_back();
    }
  }
  if (!open.empty()) return std::nullopt;
  return sections;
}

}  // namespace

std::pair<size_t, size_t> standalone_span(std::string_view s, size_t pos, size_t len) {
  size_t b = pos, e = pos + len;
  while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  size_t after = e;
  while (after < s.size() && (s[after] == ' ' || s[after] == '\t')) ++after;
  bool line_start = b == 0 || s[b - 1] == '\n';
  bool line_end = after == s.size() || s[after] == '\n' || s.substr(after, 2) == "\r\n";
  if (!line_start || !line_end) return {pos, pos + len};
  if (after < s.size()) after += s[after] == '\r' ? 2 : 1;
  return {b, after};
}

std::optional<PapersSplit> split_papers_section(std::string_view text) {
  auto tags = scan_tags(text);
  if (!tags) return std::nullopt;
  auto sections = papers_sections(*tags);
  if (!sections || sections->empty()) return std::nullopt;
  if (std::count_if(sections->begin(), sections->end(), [](const Section& s) { return s.shows_more_than_index; }) > 1)
    return std::nullopt;
  PapersSplit split;
  size_t copied = 0;
  for (const Section& s : *sections) {
    const Tag& open = (*tags)[s.open];
    const Tag& close = (*tags)[s.close];
    auto [open_b, open_e] = standalone_span(text, open.begin, open.end - open.begin);
    auto [close_b, close_e] = standalone_span(text, close.begin, close.end - close.begin);
    PapersSection section;
    section.full = s.shows_more_than_index;
    section.marker_eats_newline = close_e > close.end && text[close_e - 1] == '\n';
    section.item = "{{#papers}}" + std::string(text.substr(open_e, close_b - open_e)) + "{{/papers}}";
    split.frame.append(text.substr(copied, open_b - copied));
    split.frame += "{{{" + std::string(kPapersMarkerName) + std::to_string(split.sections.size()) + "}}}";
    if (section.marker_eats_newline) split.frame += '\n';
    copied = close_e;
    split.sections.push_back(std::move(section));
  }
  split.frame.append(text.substr(copied));
  return split;
}

}  // namespace ream::markdown
