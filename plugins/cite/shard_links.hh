// Linking against an index cut into shards (see shard_links.cc).
#ifndef REAM_CITE_SHARD_LINKS_HH
#define REAM_CITE_SHARD_LINKS_HH

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "known_records.hh"
#include "links.hh"
#include "title_mentions.hh"

namespace ream::cite {

// A shard links line that cannot be read, or shards that disagree with
// the record or with each other: the reason, without the place.
class ShardLinksError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One record's links as one shard of the index sees them: what the merge
// needs to decide as one index over every shard would.  Records of the
// shard are its own indices (KnownRecords), named in `names`.
struct ShardLinks {
  struct Field {
    std::vector<long> targets;        // per reference find_references() gives, in order: a record, or -1
    std::vector<TitleMention> exact;  // TitleIndex::find_raw's, in its order
    std::vector<TitleMention> fuzzy;  // TitleIndex::find_raw's, in title order
  };
  std::string id;                                       // the record's id (cite's keys_of)
  std::optional<uint32_t> self;                         // the shard's record holding that id as a key, if any
  bool self_is_id = false;                              // whose own id it is (not only one of its identifiers)
  bool titles = true;                                   // title mentions were looked for (not --titles off)
  std::vector<Field> fields;                            // one per scanned text of the record, in order
  std::vector<std::pair<uint32_t, std::string>> names;  // the ids of the records named above, by index
};

// What `shard` knows of the texts of the record whose id is `id`.
ShardLinks find_shard_links(std::string id, const std::vector<FieldText>& fields, const KnownRecords& shard,
                            const LinkOptions& options, KnownRecords::Scratch& scratch);

// A ShardLinks as one line of JSON, and back; parse_shard_links throws
// ShardLinksError naming what is wrong.
std::string shard_links_json(const ShardLinks& links);
ShardLinks parse_shard_links(std::string_view line);

// A record of shard k, index i, in the whole input's order: k << 32 | i.
inline size_t shard_record(size_t shard, size_t record) { return shard << 32 | record; }

// The links one index over every shard gives the record with these
// texts, from what each shard found (shards in input order, every one of
// the record's id).  Targets are shard_record() codes; shard_record_id()
// names them.  Throws ShardLinksError when the shards were not made from
// these texts, or when the record's id is on records of two shards.
std::vector<Link> merge_shard_links(const std::vector<FieldText>& fields, const std::vector<ShardLinks>& shards,
                                    const LinkOptions& options);
std::string_view shard_record_id(const std::vector<ShardLinks>& shards, size_t code);

}  // namespace ream::cite

#endif  // REAM_CITE_SHARD_LINKS_HH
