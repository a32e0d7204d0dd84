// Turning paper records into the variables templates see.
//
// Templates get two kinds of variables.  Record fields and `*_text`
// helpers are plain text: `{{name}}` escapes them for Markdown (the
// template engine's escape function is ream::markdown::inline_text).
// `*_md` helpers are Markdown that ream built and escaped itself (links,
// anchors, reference lists): templates insert them raw, `{{{name_md}}}`.
// A missing or empty value is left out rather than set to "", so that
// `{{#authors_text}}…{{/authors_text}}` hides a line with nothing in it.
//
// Document-level names carry a `digest_` prefix: Mustache looks names up
// through enclosing contexts, so a paper without `date` must not pick up
// the document's date.
//
// Cross-references need the whole stream: a paper may be cited by one that
// comes later.  They are resolved through `cites` (record ids, from
// `ream cite`) and the `target` of each link, to the first paper in the
// document with that id, never to the paper itself.
//
// Memory: while the stream is read, a paper costs only its index entry
// (anchor, title, cited ids, sort key, group) and its record goes to a
// temporary file (ream::Spool).  At the end each paper's variables are built
// from the spooled record when its turn comes and dropped once rendered,
// so a digest needs memory for the index, not for the stream.
#include "document_model.hh"

#include <ream/plugin.hpp>
#include <ream/text.hpp>

#include <algorithm>
#include <charconv>
#include <optional>

#include "excerpt.hh"
#include "markdown_escape.hh"
#include "paper_fields.hh"

namespace ream::markdown {
namespace json = boost::json;
using kainjow::mustache::data;

namespace {

constexpr size_t kShortAuthorList = 3;

std::string comma_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void set_if(data& d, const std::string& name, const std::string& value) {
  if (!value.empty()) d.set(name, data(value));
}

std::string venue_year(const json::object& rec) {
  std::string venue = fold_text(field_text(rec, "venue"));
  std::string year = fold_text(field_text(rec, "year"));
  if (venue.empty()) return year;
  if (year.empty() || venue.find(year) != std::string::npos) return venue;
  return venue + ", " + year;
}

std::string kind_label(std::string_view kind) {
  if (kind == "arxiv") return "arXiv:";
  if (kind == "doi") return "doi:";
  if (kind == "isbn") return "ISBN ";
  return {};
}

SortKey sort_key(const json::object& rec, const std::string& field) {
  SortKey key;
  std::string t = fold_text(field_text(rec, field));
  if (t.empty()) return key;
  key.missing = false;
  double d = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
  if (ec == std::errc() && end == t.data() + t.size()) key.number = d;
  key.text = text::fold(t);
  return key;
}

bool before(const SortKey& a, const SortKey& b) {
  if (a.number && b.number) return *a.number < *b.number;
  if (a.number != b.number) return a.number.has_value();  // numbers before words
  return a.text < b.text;
}

// The links `ream cite` found, minus those shown as in-document references
// and those that repeat the paper's own link or another link's address.
data links_data(const json::object& rec, const std::string& own_url,
                const std::unordered_map<std::string, uint32_t>* in_document, std::string& links_md) {
  data list{data::type::list};
  auto it = rec.find("links");
  if (it == rec.end() || !it->value().is_array()) return list;
  std::vector<std::string> seen_urls{own_url};
  // Identifier links first, so a doi.org URL gives way to its DOI.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& v : it->value().get_array()) {
      if (!v.is_object()) continue;
      const json::object& entry = v.get_object();
      std::string kind = fold_text(field_text(entry, "kind"));
      if ((kind == "url") != (pass == 1) || kind == "record") continue;
      std::string target = fold_text(field_text(entry, "target"));
      if (in_document && !target.empty() && in_document->count(target)) continue;
      std::string id = fold_text(field_text(entry, "id"));
      std::string url = field_text(entry, "url");  // raw: folding would hide "java\nscript:"
      if (id.empty() && url.empty()) continue;
      if (!url.empty() && std::find(seen_urls.begin(), seen_urls.end(), url) != seen_urls.end()) continue;
      seen_urls.push_back(url);
      std::string shown = kind_label(kind) + (id.empty() ? url : id);
      data d;
      set_if(d, "kind", kind);
      set_if(d, "id", id);
      set_if(d, "url_md", link_destination(url));
      d.set("link_md", text_link(shown, url));
      if (!links_md.empty()) links_md += ", ";
      links_md += text_link(shown, url);
      list.push_back(d);
    }
  }
  return list;
}

// The ids a paper points to: its `cites` and the targets of its links.
void append_targets(const json::object& rec, std::string& out) {
  for (const auto& target : field_items(rec, "cites")) out.append(target).push_back('\0');
  if (auto it = rec.find("links"); it != rec.end() && it->value().is_array())
    for (const auto& link : it->value().get_array())
      if (link.is_object()) out.append(fold_text(field_text(link.get_object(), "target"))).push_back('\0');
}

json::object parse_record(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) throw DataError("spooled record is no longer a JSON object");
  return std::move(v.get_object());
}

const std::string kOther = "Other";

}  // namespace

data to_mustache(const json::value& v) {
  switch (v.kind()) {
    case json::kind::object: {
      data d{data::type::object};
      for (const auto& [k, item] : v.get_object())
        if (!item.is_null()) d.set(std::string(k), to_mustache(item));
      return d;
    }
    case json::kind::array: {
      data d{data::type::list};
      for (const auto& item : v.get_array()) d.push_back(to_mustache(item));
      return d;
    }
    case json::kind::bool_:
      return data(v.get_bool());
    default:
      return data(field_text(v));
  }
}

std::string_view DocumentModel::anchor(uint32_t i) const {
  return std::string_view(names_).substr(papers_[i].names_offset, papers_[i].anchor_size);
}

std::string_view DocumentModel::title(uint32_t i) const {
  const Paper& p = papers_[i];
  return std::string_view(names_).substr(p.names_offset + p.anchor_size, p.title_size);
}

void DocumentModel::add(const json::object& rec, std::string_view raw) {
  auto index = static_cast<uint32_t>(papers_.size());
  std::string record_id = fold_text(field_text(rec, "id"));
  std::string anchor = anchors_.claim(record_id, papers_.size() + 1);
  std::string title = fold_text(field_text(rec, "title"));
  if (title.empty()) title = "Untitled";
  Paper p;
  p.slot = spool_.append(raw);
  p.names_offset = names_.size();
  p.anchor_size = static_cast<uint32_t>(anchor.size());
  p.title_size = static_cast<uint32_t>(title.size());
  names_.append(anchor).append(title);
  p.targets_offset = targets_.size();
  append_targets(rec, targets_);
  if (!options_.sort_field.empty()) sort_keys_.push_back(sort_key(rec, options_.sort_field));
  std::string group;
  if (!options_.group_field.empty()) {
    auto items = field_items(rec, options_.group_field);
    group = items.empty() ? kOther : items.front();
  }
  auto [at, added] = group_numbers_.try_emplace(group, static_cast<uint32_t>(group_names_.size()));
  if (added) group_names_.push_back(group);
  p.group = at->second;
  if (!record_id.empty()) by_id_.try_emplace(std::move(record_id), index);
  papers_.push_back(p);
}

// Cites in the order given, first mention only; cited-by in stream order.
void DocumentModel::resolve_cross_refs() {
  size_t n = papers_.size();
  cites_starts_.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    size_t end = i + 1 < n ? papers_[i + 1].targets_offset : targets_.size();
    std::string_view all =
        std::string_view(targets_).substr(papers_[i].targets_offset, end - papers_[i].targets_offset);
    size_t first = cites_.size();
    for (size_t b = 0, e; b < all.size(); b = e + 1) {
      e = all.find('\0', b);
      auto hit = by_id_.find(std::string(all.substr(b, e - b)));
      if (hit == by_id_.end() || hit->second == i) continue;
      if (std::find(cites_.begin() + first, cites_.end(), hit->second) != cites_.end()) continue;
      cites_.push_back(hit->second);
    }
    cites_starts_.push_back(static_cast<uint32_t>(cites_.size()));
  }
  targets_ = std::string();
  cited_by_starts_.assign(n + 1, 0);
  for (uint32_t c : cites_) ++cited_by_starts_[c + 1];
  for (size_t i = 0; i < n; ++i) cited_by_starts_[i + 1] += cited_by_starts_[i];
  cited_by_.resize(cites_.size());
  std::vector<uint32_t> fill(cited_by_starts_.begin(), cited_by_starts_.end() - 1);
  for (uint32_t i = 0; i < n; ++i)
    for (uint32_t k = cites_starts_[i]; k < cites_starts_[i + 1]; ++k) cited_by_[fill[cites_[k]]++] = i;
}

void DocumentModel::sort_papers() {
  order_.resize(papers_.size());
  for (uint32_t i = 0; i < order_.size(); ++i) order_[i] = i;
  if (options_.sort_field.empty()) return;
  bool descending = options_.sort_descending;
  std::stable_sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) {
    const SortKey &ka = sort_keys_[a], &kb = sort_keys_[b];
    if (ka.missing || kb.missing) return !ka.missing && kb.missing;
    return descending ? before(kb, ka) : before(ka, kb);
  });
  sort_keys_ = {};
}

// Groups in order of first appearance (after sorting); papers without a
// value go to a last group named "Other".  An array field groups by its
// first item, so that each paper appears once and its anchor is unique.
void DocumentModel::group_papers() {
  constexpr uint32_t kUnseen = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t> position(group_names_.size(), kUnseen);
  for (uint32_t i : order_) {
    uint32_t g = papers_[i].group;
    if (position[g] != kUnseen) continue;
    position[g] = static_cast<uint32_t>(display_groups_.size());
    display_groups_.push_back(g);
  }
  if (auto other = group_numbers_.find(kOther); !options_.group_field.empty() && other != group_numbers_.end()) {
    auto at = std::find(display_groups_.begin(), display_groups_.end(), other->second);
    std::rotate(at, at + 1, display_groups_.end());
    for (size_t k = 0; k < display_groups_.size(); ++k) position[display_groups_[k]] = static_cast<uint32_t>(k);
  }
  group_starts_.assign(display_groups_.size() + 1, 0);
  for (uint32_t i : order_) ++group_starts_[position[papers_[i].group] + 1];
  for (size_t k = 0; k < display_groups_.size(); ++k) group_starts_[k + 1] += group_starts_[k];
  members_.resize(order_.size());
  std::vector<uint32_t> fill(group_starts_.begin(), group_starts_.end() - 1);
  for (uint32_t i : order_) members_[fill[position[papers_[i].group]]++] = i;
}

void DocumentModel::arrange() {
  if (arranged_) return;
  arranged_ = true;
  resolve_cross_refs();
  sort_papers();
  group_papers();
}

data DocumentModel::ref_list(std::span<const uint32_t> indices) const {
  data list{data::type::list};
  for (uint32_t i : indices) {
    data ref;
    ref.set("title_text", std::string(title(i)));
    ref.set("anchor", std::string(anchor(i)));
    ref.set("ref_md", anchor_link(title(i), anchor(i)));
    list.push_back(ref);
  }
  return list;
}

std::string DocumentModel::refs_md(std::span<const uint32_t> indices) const {
  std::string out;
  for (uint32_t i : indices) {
    if (!out.empty()) out += ", ";
    out += anchor_link(title(i), anchor(i));
  }
  return out;
}

data DocumentModel::paper_data(const json::object& rec, std::string_view title, std::string_view anchor,
                               std::optional<uint32_t> index) const {
  data d = to_mustache(json::value(rec));
  std::string url = paper_url(rec);
  d.set("title_text", std::string(title));
  d.set("anchor", std::string(anchor));
  d.set("anchor_md", "<a id=\"" + std::string(anchor) + "\"></a>");
  d.set("ref_md", anchor_link(title, anchor));
  d.set("link_md", text_link(title, url));
  d.set("heading_md", options_.group_field.empty() ? "##" : "###");
  set_if(d, "paper_url", url);
  set_if(d, "url_md", link_destination(url));
  std::vector<std::string> authors = field_items(rec, "authors");
  set_if(d, "authors_text", author_line(authors));
  set_if(d, "authors_short", author_line(authors, kShortAuthorList));
  set_if(d, "venue_year_text", venue_year(rec));
  // The phrases `keywords` ranked and the ones the source itself listed
  // (author keywords, MeSH terms: import keeps them in keywords_source).
  set_if(d, "keywords_text", comma_list(field_items(rec, "keywords")));
  set_if(d, "source_keywords_text", comma_list(field_items(rec, "keywords_source")));
  set_if(d, "abstract_text", excerpt(fold_text(field_text(rec, "abstract")), options_.abstract_chars));
  std::string links_md;
  data links = links_data(rec, url, index ? &by_id_ : nullptr, links_md);
  if (!links.is_empty_list()) d.set("links", links);
  set_if(d, "links_md", links_md);
  if (!index) return d;
  std::span<const uint32_t> cites(cites_.data() + cites_starts_[*index], cites_.data() + cites_starts_[*index + 1]);
  std::span<const uint32_t> cited_by(cited_by_.data() + cited_by_starts_[*index],
                                     cited_by_.data() + cited_by_starts_[*index + 1]);
  if (!cites.empty()) {
    d.set("cites_refs", ref_list(cites));
    d.set("cites_md", refs_md(cites));
  }
  if (!cited_by.empty()) {
    d.set("cited_by_refs", ref_list(cited_by));
    d.set("cited_by_md", refs_md(cited_by));
  }
  return d;
}

data DocumentModel::paper_data(uint32_t paper) {
  arrange();
  return paper_data(parse_record(spool_.read(papers_[paper].slot)), title(paper), anchor(paper), paper);
}

void DocumentModel::read_paper(uint32_t paper, std::string& raw) { spool_.read(papers_[paper].slot, raw); }

data DocumentModel::paper_data(uint32_t paper, std::string_view raw) const {
  return paper_data(parse_record(raw), title(paper), anchor(paper), paper);
}

std::span<const uint32_t> DocumentModel::papers_of(size_t group) {
  arrange();
  if (group == kAllPapers) return order_;
  return std::span<const uint32_t>(members_.data() + group_starts_[group], members_.data() + group_starts_[group + 1]);
}

data DocumentModel::header_data() const {
  data d;
  set_if(d, "digest_title", fold_text(options_.title));
  set_if(d, "digest_date", options_.date);
  if (options_.toc) d.set("toc", true);
  if (!options_.group_field.empty()) d.set("grouped", true);
  return d;
}

data DocumentModel::document_variables() const {
  data d = header_data();
  d.set("digest_count", std::to_string(papers_.size()));
  d.set("digest_count_text", std::to_string(papers_.size()) + (papers_.size() == 1 ? " paper" : " papers"));
  return d;
}

std::string DocumentModel::papers_marker(size_t section, size_t group) {
  return "\x1fream-papers:" + std::to_string(section) + ":" +
         (group == kAllPapers ? std::string("all") : std::to_string(group)) + "\x1f";
}

data DocumentModel::group_context(size_t group) const {
  data d = document_variables();
  if (group != kAllPapers) set_if(d, "group_name", group_names_[display_groups_[group]]);
  return d;
}

data DocumentModel::index_data(uint32_t i) const {
  data paper;
  paper.set("title_text", std::string(title(i)));
  paper.set("anchor", std::string(anchor(i)));
  paper.set("ref_md", anchor_link(title(i), anchor(i)));
  return paper;
}

data DocumentModel::frame_data(size_t sections) {
  arrange();
  auto set_markers = [sections](data& d, size_t group) {
    for (size_t k = 0; k < sections; ++k)
      d.set(std::string(kPapersMarkerName) + std::to_string(k), papers_marker(k, group));
  };
  data d = document_variables();
  set_markers(d, kAllPapers);
  data groups{data::type::list};
  for (size_t g = 0; g < display_groups_.size(); ++g) {
    data group;
    set_if(group, "group_name", group_names_[display_groups_[g]]);
    set_markers(group, g);
    groups.push_back(group);
  }
  d.set("groups", groups);
  return d;
}

data DocumentModel::document_data() {
  arrange();
  data d = document_variables();
  data groups{data::type::list};
  // Every paper at the top level too, in display order, for templates
  // rendered whole that name {{#papers}} outside {{#groups}} (those with
  // custom delimiters, which cannot be split at their papers section).
  data all{data::type::list};
  for (size_t g = 0; g < display_groups_.size(); ++g) {
    data group;
    set_if(group, "group_name", group_names_[display_groups_[g]]);
    data papers{data::type::list};
    for (uint32_t i : papers_of(g)) {
      papers.push_back(paper_data(i));
      all.push_back(papers.list_value().back());
    }
    group.set("papers", papers);
    groups.push_back(group);
  }
  d.set("groups", groups);
  d.set("papers", all);
  return d;
}

data DocumentModel::next_paper_data(json::object rec) { return streamed_paper_data(rec, next_paper_names(rec)); }

DocumentModel::Names DocumentModel::next_paper_names(const json::object& rec) {
  Names names;
  names.anchor = anchors_.claim(fold_text(field_text(rec, "id")), ++streamed_);
  names.title = fold_text(field_text(rec, "title"));
  if (names.title.empty()) names.title = "Untitled";
  return names;
}

data DocumentModel::streamed_paper_data(const json::object& rec, const Names& names) const {
  return paper_data(rec, names.title, names.anchor, std::nullopt);
}

}  // namespace ream::markdown
