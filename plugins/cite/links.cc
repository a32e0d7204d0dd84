// Building a record's links from the references in its fields.
//
// Identifier references resolve by key (KnownRecords).  A URL that names
// a record only through the DOI or arXiv id inside it (a doi.org link)
// takes the target of that inner reference, so the url link and the id
// link agree.  Title mentions are searched everywhere except the `title`
// field itself (another record with the same title is a duplicate, not a
// citation) and `authors` (people, not papers).  A reference that resolves to the record itself stays in the
// links (it is in the text) but gets no target and is not a citation.
#include "links.hh"

#include <boost/json.hpp>

#include <algorithm>

namespace ream::cite {
namespace {

void resolve_urls_through_inner_ids(std::vector<Link>& links, size_t first) {
  for (size_t i = first; i < links.size(); ++i) {
    Link& url = links[i];
    if (url.ref.kind != Kind::url || url.target) continue;
    for (size_t j = first; j < links.size(); ++j) {
      const Link& inner = links[j];
      if (inner.ref.kind != Kind::url && inner.target && inner.ref.begin >= url.ref.begin &&
          inner.ref.end <= url.ref.end) {
        url.target = inner.target;
        break;
      }
    }
  }
}

void add_title_mentions(const FieldText& f, const KnownRecords& known, std::optional<size_t> self,
                        TitleMatching matching, std::vector<Link>& links) {
  for (const TitleMention& m : known.title_mentions(f.text)) {
    if (self && m.title == *self) continue;
    if (!m.exact && matching != TitleMatching::fuzzy) continue;
    Reference ref{Kind::record, known.id(m.title), "", m.begin, m.end};
    links.push_back({ref, f.field, f.index, m.title});
  }
}

}  // namespace

std::vector<Link> find_links(const std::vector<FieldText>& fields, const KnownRecords& known,
                             std::optional<size_t> self, const LinkOptions& options) {
  std::vector<Link> links;
  for (const FieldText& f : fields) {
    size_t first = links.size();
    for (Reference& ref : find_references(f.text, options.scan)) {
      std::optional<size_t> target = known.resolve(ref);
      if (target && target == self) target.reset();
      links.push_back({std::move(ref), f.field, f.index, target});
    }
    resolve_urls_through_inner_ids(links, first);
    if (options.titles != TitleMatching::off && f.field != "title" && f.field != "authors")
      add_title_mentions(f, known, self, options.titles, links);
    std::stable_sort(links.begin() + static_cast<long>(first), links.end(),
                     [](const Link& a, const Link& b) { return a.ref.begin < b.ref.begin; });
  }
  return links;
}

std::vector<size_t> cited_records(const std::vector<Link>& links) {
  std::vector<size_t> out;
  for (const Link& l : links)
    if (l.target && std::find(out.begin(), out.end(), *l.target) == out.end()) out.push_back(*l.target);
  return out;
}

std::string links_json(const std::vector<Link>& links, const KnownRecords& known) {
  boost::json::array out;
  out.reserve(links.size());
  for (const Link& l : links) {
    boost::json::object o;
    o["kind"] = kind_name(l.ref.kind);
    o["id"] = l.ref.id;
    if (!l.ref.url.empty()) o["url"] = l.ref.url;
    o["field"] = l.field;
    if (l.index >= 0) o["index"] = l.index;
    o["span"] = boost::json::array{l.ref.begin, l.ref.end};
    if (l.target) o["target"] = known.id(*l.target);
    out.push_back(std::move(o));
  }
  return boost::json::serialize(out);
}

}  // namespace ream::cite
