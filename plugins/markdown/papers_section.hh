// Finding the papers section of a template, to render it paper by paper.
#ifndef REAM_MARKDOWN_PAPERS_SECTION_HH
#define REAM_MARKDOWN_PAPERS_SECTION_HH

#include <optional>
#include <string>
#include <string_view>

namespace ream::markdown {

// The name the frame uses where the papers go; its value is a marker that
// is never produced by escaped or folded record text.
inline constexpr std::string_view kPapersMarkerName = "ream_papers_marker";

struct PapersSplit {
  // The template with the main papers section replaced by
  // `{{{ream_papers_marker}}}`.
  std::string frame;
  // `{{#papers}}…{{/papers}}`: the main section alone.
  std::string item;
  // The marker is followed by a newline that stands for the section's
  // standalone closing line and must be dropped with the marker.
  bool marker_eats_newline = false;
  // Other papers sections (a table of contents) that show only index
  // variables (title_text, anchor, ref_md); `index_under_toc` when every
  // one of them sits inside `{{#toc}}`.
  bool has_index = false;
  bool index_under_toc = false;
};

// The split of `text`, or nothing when it has no papers section, uses
// custom delimiters or partials, or has more than one papers section that
// shows more than the index variables.
std::optional<PapersSplit> split_papers_section(std::string_view text);

// [begin, end) of a tag at `pos`, widened to its whole line when nothing
// but spaces and tabs shares the line with it (Mustache's standalone rule).
std::pair<size_t, size_t> standalone_span(std::string_view s, size_t pos, size_t len);

}  // namespace ream::markdown

#endif
