// Finding the papers section of a template, to render it paper by paper.
#ifndef REAM_MARKDOWN_PAPERS_SECTION_HH
#define REAM_MARKDOWN_PAPERS_SECTION_HH

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ream::markdown {

// The names the frame uses where papers go (`ream_papers_marker_0`, …, one
// per papers section); their values are markers that escaped or folded
// record text never produces.
inline constexpr std::string_view kPapersMarkerName = "ream_papers_marker_";

struct PapersSection {
  // `{{#papers}}…{{/papers}}`: the section alone, rendered once per paper.
  std::string item;
  // The marker is followed by a newline that stands for the section's
  // standalone closing line and must be dropped with the marker.
  bool marker_eats_newline = false;
  // The section shows more than the index variables (title_text, anchor,
  // ref_md): it needs each paper's full variables.  At most one does.
  bool full = false;
};

struct PapersSplit {
  // The template with each top-level papers section k replaced by
  // `{{{ream_papers_marker_k}}}`.
  std::string frame;
  std::vector<PapersSection> sections;
};

// The split of `text`, or nothing when it has no papers section, uses
// custom delimiters or partials, or has more than one papers section that
// shows more than the index variables (a table of contents shows only
// those, so its papers are rendered from the in-memory index).
std::optional<PapersSplit> split_papers_section(std::string_view text);

// [begin, end) of a tag at `pos`, widened to its whole line when nothing
// but spaces and tabs shares the line with it (Mustache's standalone rule).
std::pair<size_t, size_t> standalone_span(std::string_view s, size_t pos, size_t len);

}  // namespace ream::markdown

#endif
