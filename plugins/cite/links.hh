// The `links` and `cites` fields of one record (see links.cc).
#ifndef REAM_CITE_LINKS_HH
#define REAM_CITE_LINKS_HH

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "find_references.hh"
#include "known_records.hh"
#include "reference.hh"

namespace ream::cite {

enum class TitleMatching { off, exact, fuzzy };

// One scanned string: a field, or one string element of an array field.
struct FieldText {
  std::string field;
  long index;  // element index for arrays, -1 for a plain string field
  std::string_view text;
};

struct Link {
  Reference ref;
  std::string field;
  long index = -1;
  std::optional<size_t> target;  // a record of KnownRecords
};

struct LinkOptions {
  ScanPolicy scan;
  TitleMatching titles = TitleMatching::fuzzy;
};

// Every link in `fields` of the record `self` (its index in `known`, or
// nullopt when it is not one of them).  Never a link to `self`.
// `scratch` is the title index's working space: one per thread when
// several threads find links at once; without it, the index's own.
std::vector<Link> find_links(const std::vector<FieldText>& fields, const KnownRecords& known,
                             std::optional<size_t> self, const LinkOptions& options,
                             KnownRecords::Scratch* scratch = nullptr);

// The records the links resolve to, each once, in order of first mention.
std::vector<size_t> cited_records(const std::vector<Link>& links);

// The `links` array as JSON.
std::string links_json(const std::vector<Link>& links, const KnownRecords& known);
// The same with the targets' ids from `id_of` (a merge of shards' links).
std::string links_json(const std::vector<Link>& links, const std::function<std::string_view(size_t)>& id_of);

// The steps of find_links() after the lookups, for a merge of shards'
// links (shard_links.hh) that must end as one index would: a URL that
// names a record only through an identifier inside it takes that one's
// target, over links[first..]; the field's links sorted by where they
// begin (ties keep their order: references, then mentions as found).
void resolve_urls_through_inner_ids(std::vector<Link>& links, size_t first);
void sort_field_links(std::vector<Link>& links, size_t first);
// Whether title mentions are searched in `field` (not in the title
// itself, nor in authors) under `matching`.
bool mentions_searched(std::string_view field, TitleMatching matching);

}  // namespace ream::cite

#endif  // REAM_CITE_LINKS_HH
