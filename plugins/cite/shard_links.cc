// Linking against an index cut into shards, with the links one index
// over the whole input gives.
//
// A distributed cite at hundreds of millions of records cannot build or
// map one index (about 390 bytes a record).  The index is cut instead
// into shards, each the records of a run of consecutive parts, so shard
// order is input order and a record is named by (shard, its index in the
// shard).  Each part is looked up in every shard (find_shard_links, one
// task per part and shard, holding one shard), and a merge per part
// (merge_shard_links, holding no index at all) decides what one index
// would.  The argument that it decides the same, step by step of
// find_links() and TitleIndex::find():
//
// - An identifier key belongs to the first record that has it.  A shard
//   gives its own first holder; the whole input's is the one of the
//   lowest shard that has any.  The record's own entry (`self`, the first
//   holder of its id) is found the same way, and a target equal to it is
//   dropped after the choice, as find_links() does.  An id on records of
//   two shards is refused: the shards' builds only see their own.  (Not
//   when another record holds the id as its DOI or arXiv key first in
//   a shard: that shard's entry is not the id's own record.)
// - A URL that names a record only through an inner identifier is
//   resolved after the targets are merged, by the same function.
// - Exact title mentions: the automaton reports every title ending at
//   each word, deepest first; a title's words are ended by the text's
//   word at `last_word` and its `words` before, so (last_word, words)
//   names the title's word sequence.  Of records with the same title
//   words only the first is in the automaton: the lowest shard's.  The
//   merge keeps that one per (last_word, words), orders them as the
//   automaton reports them within TitleIndex::drop_contained's order
//   (begin, then longer end first), and drops contained mentions over
//   the union, as find() does over one index.
// - Fuzzy mentions: a title's first window depends only on its own bigram
//   hits and threshold.  Its hits are the same in its shard as in one
//   index when the shard leaves out the bigrams the whole input shares
//   among more than TitleIndex::kMaxBigramTitles titles (the shard build
//   is given every part's counts, bigram_counts.hh); the count filter and
//   the Bloom filters only drop hits that cannot be in a window that
//   succeeds, with any shard's parameters.  Whether a title was found
//   exactly, and whether an exact mention explains its window, depend on
//   all shards' exact mentions: the shards report every first window
//   unfiltered (find_raw) and the merge filters them against the merged
//   exact mentions.  Fuzzy mentions follow exact ones in title order,
//   which is shard order, then index order.
// - Mentions of the record itself are dropped last, as find_links() does
//   after find(): they still count as found and still explain others.
// Where one index would differ: the vocabulary's bound (2^30 distinct
// title words) and the bigram postings' (2^28), which one index reaches
// at tens of millions of titles and a shard later, and 64-bit hash
// collisions of keys, words and word pairs, as in one index.
#include "shard_links.hh"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "find_references.hh"

namespace ream::cite {
namespace {

void name(ShardLinks& out, std::set<uint32_t>& named, size_t record, const KnownRecords& shard) {
  if (named.insert(static_cast<uint32_t>(record)).second) out.names.emplace_back(record, shard.id(record));
}

boost::json::array mentions_json(const std::vector<TitleMention>& mentions, bool exact) {
  boost::json::array out;
  for (const TitleMention& m : mentions) {
    boost::json::array a{m.begin, m.end, m.title};
    if (exact) {
      a.emplace_back(m.last_word);
      a.emplace_back(m.words);
    }
    out.push_back(std::move(a));
  }
  return out;
}

[[noreturn]] void refuse(const std::string& reason) { throw ShardLinksError(reason); }

const boost::json::value& member(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  if (!v) refuse("no \"" + std::string(key) + "\"");
  return *v;
}

const boost::json::array& array_of(const boost::json::value& v, std::string_view what) {
  if (!v.is_array()) refuse(std::string(what) + " is not an array");
  return v.get_array();
}

uint64_t count_of(const boost::json::value& v, std::string_view what) {
  if (v.is_uint64()) return v.get_uint64();
  if (v.is_int64() && v.get_int64() >= 0) return static_cast<uint64_t>(v.get_int64());
  refuse(std::string(what) + " is not a count");
}

// A record index of the shard: below 2^32, as shard_record() needs.
uint32_t record_of(const boost::json::value& v, std::string_view what) {
  uint64_t n = count_of(v, what);
  if (n > UINT32_MAX) refuse(std::string(what) + " is out of range");
  return static_cast<uint32_t>(n);
}

std::vector<TitleMention> parse_mentions(const boost::json::value& v, bool exact) {
  std::vector<TitleMention> out;
  for (const auto& item : array_of(v, "a mention list")) {
    const auto& a = array_of(item, "a mention");
    if (a.size() != (exact ? 5u : 3u)) refuse("a mention has " + std::to_string(a.size()) + " numbers");
    TitleMention m{record_of(a[2], "a mention's record"),
                   count_of(a[0], "a mention's begin"),
                   count_of(a[1], "a mention's end"),
                   exact,
                   0,
                   0};
    if (m.end < m.begin) refuse("a mention ends before it begins");
    if (exact) {
      m.last_word = record_of(a[3], "a mention's last word");
      m.words = record_of(a[4], "a mention's word count");
      if (m.words == 0 || m.words > m.last_word + 1) refuse("a mention's words do not fit before its last word");
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace

ShardLinks find_shard_links(std::string id, const std::vector<FieldText>& fields, const KnownRecords& shard,
                            const LinkOptions& options, KnownRecords::Scratch& scratch) {
  ShardLinks out;
  std::set<uint32_t> named;
  out.self = shard.find_id(id);
  if (out.self) {
    out.self_is_id = shard.id(*out.self) == id;
    name(out, named, *out.self, shard);
  }
  out.id = std::move(id);
  out.titles = options.titles != TitleMatching::off;
  for (const FieldText& f : fields) {
    ShardLinks::Field& field = out.fields.emplace_back();
    for (const Reference& ref : find_references(f.text, options.scan)) {
      std::optional<size_t> target = shard.resolve(ref);
      field.targets.push_back(target ? static_cast<long>(*target) : -1);
      if (target) name(out, named, *target, shard);
    }
    if (!mentions_searched(f.field, options.titles)) continue;
    shard.raw_title_mentions(f.text, scratch, field.exact, field.fuzzy);
    for (const auto* list : {&field.exact, &field.fuzzy})
      for (const TitleMention& m : *list) name(out, named, m.title, shard);
  }
  std::sort(out.names.begin(), out.names.end());
  return out;
}

std::string shard_links_json(const ShardLinks& links) {
  boost::json::object o;
  o["id"] = links.id;
  if (links.self) {
    o["self"] = *links.self;
    o["own"] = links.self_is_id;
  }
  if (!links.titles) o["titles"] = false;  // written only when off: most lines are shorter
  boost::json::array fields;
  for (const auto& f : links.fields) {
    boost::json::array targets;
    for (long t : f.targets) targets.emplace_back(t);
    fields.push_back(boost::json::array{targets, mentions_json(f.exact, true), mentions_json(f.fuzzy, false)});
  }
  o["fields"] = std::move(fields);
  boost::json::array names;
  for (const auto& [record, id] : links.names) names.push_back(boost::json::array{record, id});
  o["names"] = std::move(names);
  return boost::json::serialize(o);
}

// Every record the line refers to must be named in it, so the merge
// never meets an index it cannot write.
ShardLinks parse_shard_links(std::string_view line) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(line, ec);
  if (ec) refuse("not JSON: " + ec.message());
  if (!v.is_object()) refuse("not a JSON object");
  const auto& o = v.get_object();
  ShardLinks out;
  const auto& id = member(o, "id");
  if (!id.is_string()) refuse("\"id\" is not a string");
  out.id = std::string(id.get_string());
  if (const auto* self = o.if_contains("self")) {
    out.self = record_of(*self, "\"self\"");
    const auto& own = member(o, "own");
    if (!own.is_bool()) refuse("\"own\" is not true or false");
    out.self_is_id = own.get_bool();
  }
  if (const auto* titles = o.if_contains("titles")) {
    if (!titles->is_bool()) refuse("\"titles\" is not true or false");
    out.titles = titles->get_bool();
  }
  for (const auto& item : array_of(member(o, "names"), "\"names\"")) {
    const auto& a = array_of(item, "a name");
    if (a.size() != 2 || !a[1].is_string()) refuse("a name is not [record, id]");
    uint32_t record = record_of(a[0], "a name's record");
    if (!out.names.empty() && out.names.back().first >= record) refuse("the names are not in record order");
    out.names.emplace_back(record, std::string(a[1].get_string()));
  }
  auto named = [&](size_t record) {
    auto it = std::lower_bound(out.names.begin(), out.names.end(), std::pair<uint32_t, std::string>{record, ""},
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    if (it == out.names.end() || it->first != record) refuse("record " + std::to_string(record) + " is not named");
  };
  if (out.self) named(*out.self);
  for (const auto& item : array_of(member(o, "fields"), "\"fields\"")) {
    const auto& a = array_of(item, "a field");
    if (a.size() != 3) refuse("a field is not [targets, exact, fuzzy]");
    ShardLinks::Field& f = out.fields.emplace_back();
    for (const auto& t : array_of(a[0], "a field's targets")) {
      if (t.is_int64() && t.get_int64() == -1) {
        f.targets.push_back(-1);
        continue;
      }
      uint32_t record = record_of(t, "a target");
      named(record);
      f.targets.push_back(record);
    }
    f.exact = parse_mentions(a[1], true);
    f.fuzzy = parse_mentions(a[2], false);
    for (const auto* list : {&f.exact, &f.fuzzy})
      for (const TitleMention& m : *list) named(m.title);
  }
  return out;
}

std::string_view shard_record_id(const std::vector<ShardLinks>& shards, size_t code) {
  const auto& names = shards.at(code >> 32).names;
  uint32_t record = static_cast<uint32_t>(code & UINT32_MAX);
  auto it = std::lower_bound(names.begin(), names.end(), record, [](const auto& a, uint32_t r) { return a.first < r; });
  if (it == names.end() || it->first != record) throw ShardLinksError("a merged target is not named");
  return it->second;
}

namespace {

// The record of the lowest shard that has one: the first in the input.
std::optional<size_t> first_holder(const std::vector<ShardLinks>& shards, size_t field, size_t reference) {
  for (size_t k = 0; k < shards.size(); ++k)
    if (long t = shards[k].fields[field].targets[reference]; t >= 0) return shard_record(k, static_cast<size_t>(t));
  return std::nullopt;
}

std::optional<size_t> merged_self(const std::vector<ShardLinks>& shards) {
  std::optional<size_t> self;
  size_t owners = 0;
  for (size_t k = 0; k < shards.size(); ++k) {
    if (shards[k].id != shards[0].id)
      throw ShardLinksError("shard " + std::to_string(k + 1) + " has the links of record '" + shards[k].id +
                            "', shard 1 of '" + shards[0].id + "'");
    if (!shards[k].self) continue;
    if (!self) self = shard_record(k, *shards[k].self);
    owners += shards[k].self_is_id;
  }
  if (owners > 1)
    throw ShardLinksError("id '" + shards[0].id +
                          "' is on records of two index shards: an index knows a record by its id, so ids must be "
                          "unique (import gives them)");
  return self;
}

// The exact mentions one automaton over every shard reports, then
// without those contained in others (see the file's opening).
std::vector<TitleMention> merged_exact(const std::vector<ShardLinks>& shards, size_t field) {
  std::vector<TitleMention> exact;
  for (size_t k = 0; k < shards.size(); ++k)
    for (TitleMention m : shards[k].fields[field].exact) {
      m.title = shard_record(k, m.title);
      exact.push_back(m);
    }
  auto same_words = [](const TitleMention& a, const TitleMention& b) {
    return a.last_word == b.last_word && a.words == b.words;
  };
  std::sort(exact.begin(), exact.end(), [](const TitleMention& a, const TitleMention& b) {
    if (a.last_word != b.last_word) return a.last_word < b.last_word;
    if (a.words != b.words) return a.words > b.words;
    return a.title < b.title;
  });
  exact.erase(std::unique(exact.begin(), exact.end(), same_words), exact.end());
  std::stable_sort(exact.begin(), exact.end(), [](const TitleMention& a, const TitleMention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  TitleIndex::drop_contained(exact);
  return exact;
}

// The exact mentions, then each fuzzy window of a title not found
// exactly and not overlapping an exact mention, in title order.
std::vector<TitleMention> merged_mentions(const std::vector<ShardLinks>& shards, size_t field) {
  std::vector<TitleMention> out = merged_exact(shards, field);
  size_t exact_found = out.size();
  std::vector<size_t> exact_titles;
  for (const TitleMention& m : out) exact_titles.push_back(m.title);
  std::sort(exact_titles.begin(), exact_titles.end());
  for (size_t k = 0; k < shards.size(); ++k)
    for (TitleMention m : shards[k].fields[field].fuzzy) {
      m.title = shard_record(k, m.title);
      if (std::binary_search(exact_titles.begin(), exact_titles.end(), m.title)) continue;
      bool explained = std::any_of(out.begin(), out.begin() + static_cast<long>(exact_found),
                                   [&](const TitleMention& e) { return e.begin < m.end && e.end > m.begin; });
      if (!explained) out.push_back(m);
    }
  std::stable_sort(out.begin() + static_cast<long>(exact_found), out.end(),
                   [](const TitleMention& a, const TitleMention& b) { return a.title < b.title; });
  return out;
}

}  // namespace

std::vector<Link> merge_shard_links(const std::vector<FieldText>& fields, const std::vector<ShardLinks>& shards,
                                    const LinkOptions& options) {
  if (shards.empty()) throw ShardLinksError("no shards");
  for (size_t k = 0; k < shards.size(); ++k)
    if (shards[k].fields.size() != fields.size())
      throw ShardLinksError("shard " + std::to_string(k + 1) + " has " + std::to_string(shards[k].fields.size()) +
                            " texts of record '" + shards[k].id + "', the record " + std::to_string(fields.size()) +
                            ": the shards' links were made with other options or records");
  for (size_t k = 0; k < shards.size(); ++k)
    if (options.titles != TitleMatching::off && !shards[k].titles)
      throw ShardLinksError("shard " + std::to_string(k + 1) +
                            "'s links were made with --titles off: title mentions cannot be merged from them");
  std::optional<size_t> self = merged_self(shards);
  std::vector<Link> links;
  for (size_t f = 0; f < fields.size(); ++f) {
    const FieldText& text = fields[f];
    size_t first = links.size();
    std::vector<Reference> refs = find_references(text.text, options.scan);
    for (size_t k = 0; k < shards.size(); ++k)
      if (shards[k].fields[f].targets.size() != refs.size())
        throw ShardLinksError("shard " + std::to_string(k + 1) + " found " +
                              std::to_string(shards[k].fields[f].targets.size()) + " references in '" + text.field +
                              "' of record '" + shards[k].id + "', the merge " + std::to_string(refs.size()) +
                              ": the shards' links were made with other options or records");
    for (size_t r = 0; r < refs.size(); ++r) {
      std::optional<size_t> target = first_holder(shards, f, r);
      if (target && target == self) target.reset();
      links.push_back({std::move(refs[r]), text.field, text.index, target});
    }
    resolve_urls_through_inner_ids(links, first);
    if (mentions_searched(text.field, options.titles))
      for (const TitleMention& m : merged_mentions(shards, f)) {
        if (self && m.title == *self) continue;
        if (!m.exact && options.titles != TitleMatching::fuzzy) continue;
        Reference ref{Kind::record, std::string(shard_record_id(shards, m.title)), "", m.begin, m.end};
        links.push_back({ref, text.field, text.index, m.title});
      }
    sort_field_links(links, first);
  }
  return links;
}

}  // namespace ream::cite
