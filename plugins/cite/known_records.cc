// Resolving references to records of the stream (or of --index).
//
// Every identifier a record carries is turned into the same key form the
// scanners produce ("arxiv:2312.03884", "doi:10.1000/xyz", "isbn:...",
// "url:..."), so resolving a reference is one hash lookup.  The record's
// own id is a key too, since ream ids are "arxiv:KEY" or "doi:KEY".
// When two records claim the same identifier (duplicates in the stream)
// the first one keeps it: links then point at a stable target.
//
// Adding a record is split in two: prepare() does the per-record work
// (normalising identifiers with regular expressions, hashing keys,
// splitting the title into words) and may run on any thread; add() only
// inserts into the tables, in input order, so the index, and which record
// keeps a shared key, are the same whatever ran prepare().
#include "known_records.hh"

#include <xxhash.h>

#include <cstring>
#include <ream/identifiers.hpp>

#include "arxiv_scanner.hh"

namespace ream::cite {
namespace {

std::string isbn_digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') out += static_cast<char>(c == 'x' ? 'X' : c);
  return out;
}

uint64_t key_hash(std::string_view k) { return XXH3_64bits(k.data(), k.size()); }

}  // namespace

long KnownRecords::find_key(std::string_view k) const { return find_hash(key_hash(k)); }

long KnownRecords::find_hash(uint64_t hash) const {
  if (slots_view_.empty()) return -1;
  for (size_t i = hash & (slots_view_.size() - 1);; i = (i + 1) & (slots_view_.size() - 1)) {
    if (slots_view_[i] == 0) return -1;
    const KeyEntry& e = entries_view_[slots_view_[i] - 1];
    if (e.hash == hash) return static_cast<long>(e.record);
  }
}

void KnownRecords::grow_keys() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  for (uint32_t e = 0; e < entries_.size(); ++e) {
    size_t i = entries_[e].hash & (slots_.size() - 1);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = e + 1;
  }
  slots_view_ = slots_;
}

void KnownRecords::key(uint64_t hash, size_t record) {
  if (find_hash(hash) >= 0) return;  // the first record to claim a key keeps it
  if ((entries_.size() + 1) * 2 > slots_.size()) grow_keys();
  size_t i = hash & (slots_.size() - 1);
  while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
  entries_.push_back({hash, static_cast<uint32_t>(record)});
  slots_[i] = static_cast<uint32_t>(entries_.size());
  entries_view_ = entries_;
}

void KnownRecords::Arena::save(index_file::Writer& out) const {
  out.table(std::span<const char>(text_view_));
  out.table(ends_view_);
}

// The ends are checked to rise within the text: at() slices by them.
void KnownRecords::Arena::map(index_file::Reader& in) {
  std::span<const char> text = in.table<char>();
  text_view_ = std::string_view(text.data(), text.size());
  ends_view_ = in.table<uint64_t>();
  uint64_t previous = 0;
  for (uint64_t end : ends_view_) {
    if (end < previous || end > text_view_.size()) in.refuse("a string table's ends are out of order");
    previous = end;
  }
}

// The order of the tables is the format's (index_file::kVersion).
void KnownRecords::save(index_file::Writer& out) const {
  ids_.save(out);
  titles_text_.save(out);
  out.table(entries_view_);
  out.table(slots_view_);
  titles_.save(out);
}

void KnownRecords::map_file(const std::string& path) {
  auto file = std::make_shared<const index_file::MappedFile>(path, "index file");
  map(file->bytes(), path);
  mapped_ = std::move(file);
}

void KnownRecords::map(std::string_view bytes, const std::string& path) {
  index_file::Reader in(bytes, path);
  ids_.map(in);
  titles_text_.map(in);
  entries_view_ = in.table<KeyEntry>();
  slots_view_ = in.table<uint32_t>();
  titles_.map(in);
  in.finish();
  if (titles_text_.size() != ids_.size() || titles_.size() != ids_.size())
    in.refuse("its tables disagree on the number of records");
  if (slots_view_.size() & (slots_view_.size() - 1)) in.refuse("the identifier table's size is not a power of two");
  if (entries_view_.size() >= slots_view_.size() && !slots_view_.empty())
    in.refuse("the identifier table is fuller than this format allows");
  check_mapped_keys(in);
  index_titles_ = keep_titles_ = true;
}

// A forged file passes the checksum: every link find_hash() follows is
// checked here, once per mapping, so a lookup never reads outside the
// tables nor probes a table with no empty slot forever.
void KnownRecords::check_mapped_keys(const index_file::Reader& in) const {
  size_t empty = 0;
  for (size_t i = 0; i < slots_view_.size(); ++i) {
    if (slots_view_[i] == 0) ++empty;
    if (slots_view_[i] > entries_view_.size())
      in.refuse("identifier slot " + std::to_string(i) + " points past the " + std::to_string(entries_view_.size()) +
                " entries");
  }
  if (!slots_view_.empty() && empty == 0) in.refuse("the identifier table has no empty slot");
  for (size_t e = 0; e < entries_view_.size(); ++e)
    if (entries_view_[e].record >= ids_.size())
      in.refuse("identifier entry " + std::to_string(e) + " names record " + std::to_string(entries_view_[e].record) +
                " of " + std::to_string(ids_.size()));
}

void KnownRecords::prepare(const RecordKeys& keys, Prepared& p) const {
  p.id = keys.id;
  p.title.assign(keep_titles_ ? std::string_view(keys.title) : std::string_view());
  p.key_hashes.clear();
  p.key_hashes.push_back(key_hash(keys.id));
  // Most records lack one of the two; the key functions' regular
  // expressions cost thousands of instructions even on an empty field.
  if (auto arxiv = keys.arxiv.empty() ? std::string() : arxiv_id_key(keys.arxiv, 9999); !arxiv.empty())
    p.key_hashes.push_back(key_hash("arxiv:" + arxiv));
  if (auto doi = keys.doi.empty() ? std::nullopt : ids::doi_key(keys.doi)) {
    p.key_hashes.push_back(key_hash("doi:" + *doi));
    if (auto arxiv = ids::arxiv_from_doi(*doi)) p.key_hashes.push_back(key_hash("arxiv:" + *arxiv));
  }
  for (const auto& isbn : keys.isbns) p.key_hashes.push_back(key_hash("isbn:" + isbn_digits(isbn)));
  for (const auto& url : keys.urls) p.key_hashes.push_back(key_hash("url:" + url));
  TitleIndex::words_of(index_titles_ ? std::string_view(keys.title) : std::string_view(), p.title_words);
}

size_t KnownRecords::add(const Prepared& p) {
  size_t record = ids_.size();
  ids_.push_back(p.id);
  titles_text_.push_back(p.title);
  for (uint64_t hash : p.key_hashes) key(hash, record);
  titles_.add(p.title_words);  // title index == record index; an empty one when titles are off
  return record;
}

std::optional<size_t> KnownRecords::find_id(std::string_view id) const {
  long record = find_key(id);
  if (record < 0) return std::nullopt;
  return static_cast<size_t>(record);
}

std::optional<size_t> KnownRecords::resolve(const Reference& ref) const {
  // The key is built in a stack buffer: a string per reference was an
  // allocation per link.
  std::string_view kind = kind_name(ref.kind);
  char buffer[256];
  size_t size = kind.size() + 1 + ref.id.size();
  long record;
  if (size <= sizeof buffer) {
    std::memcpy(buffer, kind.data(), kind.size());
    buffer[kind.size()] = ':';
    std::memcpy(buffer + kind.size() + 1, ref.id.data(), ref.id.size());
    record = find_key(std::string_view(buffer, size));
  } else {
    record = find_key(std::string(kind) + ":" + ref.id);
  }
  if (record < 0) return std::nullopt;
  return static_cast<size_t>(record);
}

std::vector<TitleMention> KnownRecords::title_mentions(std::string_view text) const { return titles_.find(text); }

}  // namespace ream::cite
