// Mustache rendering with Markdown as the escaped language.
//
// kainjow's `{{name}}` escapes for HTML by default; here it escapes for
// Markdown (inline_text), so a user template that writes `{{title}}` is
// safe wherever it puts it, and only the deliberate `{{{name}}}` inserts
// text raw.
//
// Streaming without a second template language: the `{{#papers}}…{{/papers}}`
// section is cut out of the template.  The rest is rendered once with a
// marker where the papers go and split at the marker into the part before
// and after the papers; the section's body is rendered for each paper as it
// arrives.  A section tag alone on its line is cut with its line, exactly
// as Mustache's standalone rule would drop it, so both ways give the same
// bytes.
//
// The whole-stream way (the digest) splits the same way but at the main
// papers section only (papers_section.hh): the frame is rendered at the
// end with one marker per group, and each marker is replaced by that
// group's papers, rendered one by one from the spooled records.
#include "template_renderer.hh"

#include <ream/plugin.hpp>

#include <array>
#include <charconv>

#include "document_model.hh"
#include "markdown_escape.hh"
#include "template_names.hh"

namespace ream::markdown {
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

constexpr std::string_view kOpen = "{{#papers}}";
constexpr std::string_view kClose = "{{/papers}}";
constexpr std::string_view kMarker = "\x1fream-papers\x1f";

void use_markdown_escape(mustache& tmpl) {
  tmpl.set_custom_escape([](const std::string& s) { return inline_text(s); });
}

// What `{{#papers}}…{{/papers}}` sees when rendered for one paper: the
// name `papers` is the paper itself, every other name is looked up in the
// context around it.  A section on an object renders once with the object
// pushed, exactly as a list of one does, so the bytes are the same as
// with `papers: [paper]` set in a copy of the context, without copying
// the paper's variables twice and the context once per paper.  Only for
// bodies that never name `papers` themselves (see direct_ok).
class OnePaperContext final : public kainjow::mustache::basic_context<std::string> {
 public:
  OnePaperContext(const data& around, const data& paper) : stack_(&around), paper_(paper) {}
  void push(const data* d) override { stack_.push(d); }
  void pop() override { stack_.pop(); }
  const data* get(const std::string& name) const override { return name == "papers" ? &paper_ : stack_.get(name); }
  const data* get_partial(const std::string& name) const override { return stack_.get_partial(name); }

 private:
  kainjow::mustache::context<std::string> stack_;
  const data& paper_;
};

// Whether `item` (`{{#papers}}BODY{{/papers}}`) can use OnePaperContext:
// its body must not look `papers` up, where the list and the paper differ.
bool direct_ok(std::string_view item) {
  std::string_view body = item.substr(kOpen.size(), item.size() - kOpen.size() - kClose.size());
  return !TemplateNames(std::string(body)).may_name("papers");
}

}  // namespace

TemplateRenderer::TemplateRenderer(std::string text, std::string origin)
    : text_(std::move(text)), origin_(std::move(origin)), whole_(text_) {
  if (!whole_.is_valid()) throw UsageError("template " + origin_ + ": " + whole_.error_message());
  use_markdown_escape(whole_);
}

bool TemplateRenderer::needs_whole_stream() const {
  static constexpr std::array<std::string_view, 6> kWholeStream = {"digest_count", "cites_md",      "cites_refs",
                                                                   "cited_by_md",  "cited_by_refs", "{{="};
  for (auto name : kWholeStream)
    if (text_.find(name) != std::string::npos) return true;
  return false;
}

std::string TemplateRenderer::render_checked(mustache& tmpl, const data& d) {
  std::string out = tmpl.render(d);
  if (!tmpl.is_valid()) throw UsageError("template " + origin_ + ": " + tmpl.error_message());
  return out;
}

std::string TemplateRenderer::render(const data& document) { return render_checked(whole_, document); }

bool TemplateRenderer::start_streaming(const data& header) {
  size_t open = text_.find(kOpen);
  size_t close = text_.rfind(kClose);
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  auto [open_b, open_e] = standalone_span(text_, open, kOpen.size());
  auto [close_b, close_e] = standalone_span(text_, close, kClose.size());
  std::string item_text = std::string(kOpen) + text_.substr(open_e, close_b - open_e) + std::string(kClose);
  std::string frame = text_.substr(0, open_b) + "{{{ream_papers_marker}}}" + text_.substr(close_e);

  mustache frame_tmpl(frame);
  mustache item_tmpl(item_text);
  if (!frame_tmpl.is_valid() || !item_tmpl.is_valid()) return false;
  use_markdown_escape(frame_tmpl);
  use_markdown_escape(item_tmpl);
  data d = header;
  d.set("ream_papers_marker", std::string(kMarker));
  data one_group{data::type::list};
  one_group.push_back(data{});
  d.set("groups", one_group);
  std::string out = render_checked(frame_tmpl, d);
  size_t at = out.find(kMarker);
  if (at == std::string::npos || out.find(kMarker, at + 1) != std::string::npos) return false;
  head_ = out.substr(0, at);
  tail_ = out.substr(at + kMarker.size());
  header_.emplace(header);
  item_.emplace(std::move(item_tmpl));
  item_direct_ = direct_ok(item_text);
  return true;
}

std::string TemplateRenderer::render_paper(const data& paper) {
  return render_one_paper(*item_, item_direct_, *header_, paper);
}

std::string TemplateRenderer::render_one_paper(mustache& tmpl, bool direct, const data& around, const data& paper) {
  if (direct) {
    OnePaperContext ctx(around, paper);
    std::string out = tmpl.render(ctx);
    if (!tmpl.is_valid()) throw UsageError("template " + origin_ + ": " + tmpl.error_message());
    return out;
  }
  data d = around;
  data papers{data::type::list};
  papers.push_back(paper);
  d.set("papers", papers);
  return render_checked(tmpl, d);
}

bool TemplateRenderer::start_split() {
  split_ = split_papers_section(text_);
  if (!split_) return false;
  frame_.emplace(split_->frame);
  bool valid = frame_->is_valid();
  for (const auto& section : split_->sections) {
    section_items_.emplace_back(section.item);
    section_direct_.push_back(direct_ok(section.item));
    valid = valid && section_items_.back().is_valid();
  }
  if (!valid) {
    split_.reset();
    return false;
  }
  use_markdown_escape(*frame_);
  for (auto& item : section_items_) use_markdown_escape(item);
  return true;
}

// Markers read "\x1fream-papers:SECTION:GROUP\x1f", GROUP being "all" for
// the document-level marker.
void TemplateRenderer::render_frame(const data& frame, const std::function<void(std::string_view)>& write,
                                    const std::function<void(size_t, size_t)>& papers) {
  static constexpr std::string_view kStart = "\x1fream-papers:";
  std::string out = render_checked(*frame_, frame);
  std::string_view rest = out;
  for (size_t at; (at = rest.find(kStart)) != std::string_view::npos;) {
    size_t end = rest.find('\x1f', at + kStart.size());
    if (end == std::string_view::npos) break;
    write(rest.substr(0, at));
    std::string_view where = rest.substr(at + kStart.size(), end - at - kStart.size());
    size_t section = 0, group = DocumentModel::kAllPapers;
    auto [colon, ec] = std::from_chars(where.data(), where.data() + where.size(), section);
    if (ec != std::errc() || section >= split_->sections.size()) break;
    where.remove_prefix(colon - where.data() + 1);
    if (where != "all") std::from_chars(where.data(), where.data() + where.size(), group);
    papers(section, group);
    rest.remove_prefix(end + 1);
    if (split_->sections[section].marker_eats_newline && rest.starts_with('\n')) rest.remove_prefix(1);
  }
  write(rest);
}

std::string TemplateRenderer::render_item(size_t section, const data& context, const data& paper) {
  return render_one_paper(section_items_[section], section_direct_[section], context, paper);
}

}  // namespace ream::markdown
