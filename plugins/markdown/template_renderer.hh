// Rendering a Mustache template, whole or paper by paper.
#ifndef REAM_MARKDOWN_TEMPLATE_RENDERER_HH
#define REAM_MARKDOWN_TEMPLATE_RENDERER_HH

#include <kainjow/mustache.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "papers_section.hh"

namespace ream::markdown {

class TemplateRenderer {
 public:
  // Throws ream::UsageError when the template does not parse; `origin`
  // names it in messages.
  TemplateRenderer(std::string text, std::string origin);

  // True when the template shows something only the whole stream knows
  // (counts, "Cites"/"Cited by").
  bool needs_whole_stream() const;
  // The template's text, as given.
  const std::string& text() const { return text_; }

  // The whole document from document data.
  std::string render(const kainjow::mustache::data& document);

  // Streaming: prepares the parts before and after the papers from the
  // document-level data.  False when the template cannot be split (no
  // `{{#papers}}` section, custom delimiters); then render() is the way.
  bool start_streaming(const kainjow::mustache::data& header);
  const std::string& head() const { return head_; }
  const std::string& tail() const { return tail_; }
  std::string render_paper(const kainjow::mustache::data& paper);

  // Whole-stream rendering one paper at a time: prepares the frame and the
  // papers section (see papers_section.hh).  False when the template
  // cannot be split; then render() is the way.
  bool start_split();
  // The papers sections the frame has markers for (see PapersSection).
  const std::vector<PapersSection>& sections() const { return split_->sections; }
  // Renders the frame, handing its text to `write` and, where a group's
  // papers go, the section's number and the group's number (or
  // DocumentModel::kAllPapers) to `papers`.
  void render_frame(const kainjow::mustache::data& frame, const std::function<void(std::string_view)>& write,
                    const std::function<void(size_t, size_t)>& papers);
  // One paper of papers section `section`, in the context of its group.
  std::string render_item(size_t section, const kainjow::mustache::data& context, const kainjow::mustache::data& paper);

 private:
  std::string render_checked(kainjow::mustache::mustache& tmpl, const kainjow::mustache::data& d);
  // `tmpl` is `{{#papers}}…{{/papers}}`, rendered for one paper in `around`.
  std::string render_one_paper(kainjow::mustache::mustache& tmpl, bool direct, const kainjow::mustache::data& around,
                               const kainjow::mustache::data& paper);

  std::string text_, origin_;
  kainjow::mustache::mustache whole_;
  std::optional<kainjow::mustache::mustache> item_;
  bool item_direct_ = false;
  std::optional<kainjow::mustache::data> header_;
  std::string head_, tail_;
  std::optional<PapersSplit> split_;
  std::optional<kainjow::mustache::mustache> frame_;
  std::vector<kainjow::mustache::mustache> section_items_;
  std::vector<bool> section_direct_;
};

}  // namespace ream::markdown

#endif
