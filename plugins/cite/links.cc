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
#include <unordered_set>

namespace ream::cite {

// The links from `first` on are sorted by where they begin, and URLs do
// not overlap, so the references inside a URL are the ones that follow
// it up to its end: each link is looked at a bounded number of times.
void resolve_urls_through_inner_ids(std::vector<Link>& links, size_t first) {
  auto begins_before = [](const Link& l, size_t pos) { return l.ref.begin < pos; };
  for (size_t i = first; i < links.size(); ++i) {
    Link& url = links[i];
    if (url.ref.kind != Kind::url || url.target) continue;
    auto j = std::lower_bound(links.begin() + static_cast<long>(first), links.end(), url.ref.begin, begins_before);
    for (; j != links.end() && j->ref.begin < url.ref.end; ++j) {
      if (j->ref.kind != Kind::url && j->target && j->ref.end <= url.ref.end) {
        url.target = j->target;
        break;
      }
    }
  }
}

void sort_field_links(std::vector<Link>& links, size_t first) {
  std::stable_sort(links.begin() + static_cast<long>(first), links.end(),
                   [](const Link& a, const Link& b) { return a.ref.begin < b.ref.begin; });
}

bool mentions_searched(std::string_view field, TitleMatching matching) {
  return matching != TitleMatching::off && field != "title" && field != "authors";
}

namespace {

void add_title_mentions(const FieldText& f, const KnownRecords& known, std::optional<size_t> self,
                        TitleMatching matching, KnownRecords::Scratch* scratch, std::vector<Link>& links) {
  for (const TitleMention& m : scratch ? known.title_mentions(f.text, *scratch) : known.title_mentions(f.text)) {
    if (self && m.title == *self) continue;
    if (!m.exact && matching != TitleMatching::fuzzy) continue;
    Reference ref{Kind::record, std::string(known.id(m.title)), "", m.begin, m.end};
    links.push_back({ref, f.field, f.index, m.title});
  }
}

}  // namespace

std::vector<Link> find_links(const std::vector<FieldText>& fields, const KnownRecords& known,
                             std::optional<size_t> self, const LinkOptions& options, KnownRecords::Scratch* scratch) {
  std::vector<Link> links;
  for (const FieldText& f : fields) {
    size_t first = links.size();
    for (Reference& ref : find_references(f.text, options.scan)) {
      std::optional<size_t> target = known.resolve(ref);
      if (target && target == self) target.reset();
      links.push_back({std::move(ref), f.field, f.index, target});
    }
    resolve_urls_through_inner_ids(links, first);
    if (mentions_searched(f.field, options.titles)) add_title_mentions(f, known, self, options.titles, scratch, links);
    sort_field_links(links, first);
  }
  return links;
}

std::vector<size_t> cited_records(const std::vector<Link>& links) {
  std::vector<size_t> out;
  std::unordered_set<size_t> seen;
  for (const Link& l : links)
    if (l.target && seen.insert(*l.target).second) out.push_back(*l.target);
  return out;
}

std::string links_json(const std::vector<Link>& links, const KnownRecords& known) {
  return links_json(links, [&](size_t record) { return known.id(record); });
}

std::string links_json(const std::vector<Link>& links, const std::function<std::string_view(size_t)>& id_of) {
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
    if (l.target) o["target"] = id_of(*l.target);
    out.push_back(std::move(o));
  }
  return boost::json::serialize(out);
}

}  // namespace ream::cite
