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
#include "document_model.hh"

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

// Sorting key: numbers compare as numbers, text case- and accent-blind,
// missing values last whichever the direction.
struct SortKey {
  bool missing = true;
  std::optional<double> number;
  std::string text;
};

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

DocumentModel::Paper DocumentModel::make_paper(json::object rec) {
  Paper p;
  p.record_id = fold_text(field_text(rec, "id"));
  p.anchor = anchors_.claim(p.record_id, papers_.size() + 1);
  p.title = fold_text(field_text(rec, "title"));
  if (p.title.empty()) p.title = "Untitled";
  p.rec = std::move(rec);
  return p;
}

void DocumentModel::add(json::object rec) {
  Paper p = make_paper(std::move(rec));
  if (!p.record_id.empty()) by_id_.emplace(p.record_id, papers_.size());
  papers_.push_back(std::move(p));
}

std::vector<DocumentModel::CrossRefs> DocumentModel::cross_refs() const {
  std::vector<CrossRefs> refs(papers_.size());
  for (size_t i = 0; i < papers_.size(); ++i) {
    const json::object& rec = papers_[i].rec;
    std::vector<std::string> targets = field_items(rec, "cites");
    if (auto it = rec.find("links"); it != rec.end() && it->value().is_array())
      for (const auto& link : it->value().get_array())
        if (link.is_object()) targets.push_back(fold_text(field_text(link.get_object(), "target")));
    for (const auto& target : targets) {
      auto hit = by_id_.find(target);
      if (hit == by_id_.end() || hit->second == i) continue;
      auto& cites = refs[i].cites;
      if (std::find(cites.begin(), cites.end(), hit->second) != cites.end()) continue;
      cites.push_back(hit->second);
      refs[hit->second].cited_by.push_back(i);
    }
  }
  return refs;
}

data DocumentModel::ref_list(const std::vector<size_t>& indices) const {
  data list{data::type::list};
  for (size_t i : indices) {
    data ref;
    ref.set("title_text", papers_[i].title);
    ref.set("anchor", papers_[i].anchor);
    ref.set("ref_md", anchor_link(papers_[i].title, papers_[i].anchor));
    list.push_back(ref);
  }
  return list;
}

std::string DocumentModel::refs_md(const std::vector<size_t>& indices) const {
  std::string out;
  for (size_t i : indices) {
    if (!out.empty()) out += ", ";
    out += anchor_link(papers_[i].title, papers_[i].anchor);
  }
  return out;
}

// The links `ream cite` found, minus those shown as in-document references
// and those that repeat the paper's own link or another link's address.
static data links_data(const json::object& rec, const std::string& own_url,
                       const std::unordered_map<std::string, size_t>* in_document, std::string& links_md) {
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

data DocumentModel::paper_data(const Paper& p, const CrossRefs* refs) const {
  data d = to_mustache(json::value(p.rec));
  std::string url = paper_url(p.rec);
  d.set("title_text", p.title);
  d.set("anchor", p.anchor);
  d.set("anchor_md", "<a id=\"" + p.anchor + "\"></a>");
  d.set("ref_md", anchor_link(p.title, p.anchor));
  d.set("link_md", text_link(p.title, url));
  d.set("heading_md", options_.group_field.empty() ? "##" : "###");
  set_if(d, "paper_url", url);
  set_if(d, "url_md", link_destination(url));
  std::vector<std::string> authors = field_items(p.rec, "authors");
  set_if(d, "authors_text", author_line(authors));
  set_if(d, "authors_short", author_line(authors, kShortAuthorList));
  set_if(d, "venue_year_text", venue_year(p.rec));
  std::string keywords;
  for (const auto& k : field_items(p.rec, "keywords")) keywords += (keywords.empty() ? "" : ", ") + k;
  set_if(d, "keywords_text", keywords);
  set_if(d, "abstract_text", excerpt(fold_text(field_text(p.rec, "abstract")), options_.abstract_chars));
  std::string links_md;
  data links = links_data(p.rec, url, refs ? &by_id_ : nullptr, links_md);
  if (!links.is_empty_list()) d.set("links", links);
  set_if(d, "links_md", links_md);
  if (refs && !refs->cites.empty()) {
    d.set("cites_refs", ref_list(refs->cites));
    d.set("cites_md", refs_md(refs->cites));
  }
  if (refs && !refs->cited_by.empty()) {
    d.set("cited_by_refs", ref_list(refs->cited_by));
    d.set("cited_by_md", refs_md(refs->cited_by));
  }
  return d;
}

void DocumentModel::sort_papers() {
  order_.resize(papers_.size());
  for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
  if (options_.sort_field.empty()) return;
  std::vector<SortKey> keys;
  keys.reserve(papers_.size());
  for (const auto& p : papers_) keys.push_back(sort_key(p.rec, options_.sort_field));
  bool descending = options_.sort_descending;
  std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) {
    const SortKey &ka = keys[a], &kb = keys[b];
    if (ka.missing || kb.missing) return !ka.missing && kb.missing;
    return descending ? before(kb, ka) : before(ka, kb);
  });
}

// Groups in order of first appearance (after sorting); papers without a
// value go to a last group named "Other".  An array field groups by its
// first item, so that each paper appears once and its anchor is unique.
data DocumentModel::groups_data(const std::vector<CrossRefs>& refs) const {
  std::vector<std::string> names;
  std::vector<data> members;
  const std::string kOther = "Other";
  for (size_t i : order_) {
    std::string name;
    if (!options_.group_field.empty()) {
      auto items = field_items(papers_[i].rec, options_.group_field);
      name = items.empty() ? kOther : items.front();
    }
    auto at = std::find(names.begin(), names.end(), name);
    if (at == names.end()) {
      names.push_back(name);
      members.emplace_back(data::type::list);
      at = names.end() - 1;
    }
    members[at - names.begin()].push_back(paper_data(papers_[i], &refs[i]));
  }
  if (auto other = std::find(names.begin(), names.end(), kOther); other != names.end() && other + 1 != names.end()) {
    size_t k = other - names.begin();
    std::rotate(names.begin() + k, names.begin() + k + 1, names.end());
    std::rotate(members.begin() + k, members.begin() + k + 1, members.end());
  }
  data groups{data::type::list};
  for (size_t g = 0; g < names.size(); ++g) {
    data group;
    set_if(group, "group_name", names[g]);
    group.set("papers", members[g]);
    groups.push_back(group);
  }
  return groups;
}

data DocumentModel::header_data() const {
  data d;
  set_if(d, "digest_title", fold_text(options_.title));
  set_if(d, "digest_date", options_.date);
  if (options_.toc) d.set("toc", true);
  if (!options_.group_field.empty()) d.set("grouped", true);
  return d;
}

data DocumentModel::document_data() {
  sort_papers();
  data d = header_data();
  d.set("digest_count", std::to_string(papers_.size()));
  d.set("digest_count_text", std::to_string(papers_.size()) + (papers_.size() == 1 ? " paper" : " papers"));
  d.set("groups", groups_data(cross_refs()));
  return d;
}

data DocumentModel::next_paper_data(json::object rec) {
  Paper p = make_paper(std::move(rec));
  return paper_data(p, nullptr);
}

}  // namespace ream::markdown
