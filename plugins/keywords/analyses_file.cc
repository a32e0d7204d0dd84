// The analyses file; its form is described in analyses_file.hh.
#include "analyses_file.hh"

#include "packed_document.hh"

#include <ream/plugin.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <xxhash.h>

namespace ream::keywords {

namespace {

constexpr std::string_view kMagic = "ream keywords analyses 1\n";

void put_number(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

constexpr size_t kMaxNumber = 10;  // bytes of a 64-bit varint

char* put(char* at, uint64_t v) {
  while (v >= 0x80) {
    *at++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *at++ = static_cast<char>(v);
  return at;
}

void put_fixed(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t get_fixed(const char* at) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= uint64_t{static_cast<uint8_t>(at[i])} << (8 * i);
  return v;
}

// Reads numbers and bytes from one entry, refusing to run past its end.
class EntryReader {
 public:
  explicit EntryReader(std::string_view in) : in_(in) {}
  uint64_t number() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ == in_.size()) short_entry();
      uint8_t b = static_cast<uint8_t>(in_[at_++]);
      v |= uint64_t{b & 0x7Fu} << shift;
      if (b < 0x80) return v;
    }
    throw std::invalid_argument("analyses: number too long");
  }
  std::string_view bytes(uint64_t size) {
    if (size > in_.size() - at_) short_entry();
    std::string_view out = in_.substr(at_, size);
    at_ += size;
    return out;
  }
  size_t left() const { return in_.size() - at_; }

 private:
  [[noreturn]] static void short_entry() { throw std::invalid_argument("analyses: the entry is cut short"); }
  std::string_view in_;
  size_t at_ = 0;
};

}  // namespace

uint64_t texts_hash(std::span<const Field> fields) {
  // Each text with its flag and its size before it: no two lists of
  // texts give the same bytes.
  std::string joined;
  for (const Field& f : fields) {
    put_number(joined, f.text.size() * 2 + (f.title ? 1 : 0));
    joined.append(f.text);
  }
  return XXH3_64bits(joined.data(), joined.size());
}

void append_entry(std::string& out, uint64_t hash, std::string_view slots, std::span<const uint32_t> terms) {
  if (slots.empty()) {
    out.push_back('\0');
    return;
  }
  // Written through a buffer of the worst case's size, then appended: a
  // push_back per byte cost as much as packing the slots.
  thread_local std::vector<char> buffer;
  const size_t worst = 8 + 2 * kMaxNumber + slots.size() + terms.size() * kMaxNumber;
  if (buffer.size() < worst) buffer.resize(worst);
  char* at = buffer.data();
  for (int i = 0; i < 8; ++i) *at++ = static_cast<char>(hash >> (8 * i));
  at = put(at, slots.size());
  at = std::copy(slots.begin(), slots.end(), at);
  at = put(at, terms.size());
  for (uint32_t t : terms) at = put(at, t);
  put_number(out, static_cast<uint64_t>(at - buffer.data()));
  out.append(buffer.data(), at);
}

void decode_entry(std::string_view entry, uint64_t hash, std::span<const uint32_t> term_map, std::string& packed) {
  EntryReader in(entry);
  std::string_view stored = in.bytes(8);
  if (get_fixed(stored.data()) != hash)
    throw std::invalid_argument("analyses: the entry was written for other texts than this record's");
  std::string_view slots = in.bytes(in.number());
  uint64_t count = in.number();
  if (count > in.left()) throw std::invalid_argument("analyses: more terms than the entry holds");
  std::vector<uint32_t> terms(count);
  for (uint32_t& t : terms) {
    uint64_t id = in.number();
    if (id >= term_map.size()) throw std::invalid_argument("analyses: a term the file's table does not have");
    t = term_map[id];
  }
  if (in.left() != 0) throw std::invalid_argument("analyses: bytes left over in the entry");
  packed.assign(slots);
  append_packed_terms(packed, terms);
  // The slots' part is the file's bytes: a damaged one can end early or
  // late, and its own bytes would then be read as node terms the table
  // never mapped (the fuzzer found one).  The form must read back whole,
  // with exactly the mapped terms as its node terms.
  thread_local Document form;
  unpack_document(packed, form);
  if (form.node_terms != terms) throw std::invalid_argument("analyses: the entry's slots do not match its terms");
}

std::string file_header(uint64_t fingerprint) {
  std::string out(kMagic);
  put_fixed(out, fingerprint);
  return out;
}

std::string file_trailer(const TermTable& terms, uint64_t terms_offset) {
  std::string out;
  put_number(out, terms.size());
  for (uint32_t id = 0; id < terms.size(); ++id) {
    put_number(out, terms.stem(id).size());
    out += terms.stem(id);
  }
  put_fixed(out, terms_offset);
  return out;
}

AnalysesReader::AnalysesReader(const std::string& path, uint64_t fingerprint, TermTable& terms)
    : path_(path), in_(path, std::ios::binary) {
  if (!in_) throw ream::IoError("cannot open the analyses file: " + std::string(std::strerror(errno)), path);
  in_.seekg(0, std::ios::end);
  const uint64_t size = static_cast<uint64_t>(in_.tellg());
  const size_t head = kMagic.size() + 8;
  if (size < head + 9) malformed("too short for an analyses file");
  in_.seekg(0);
  std::string header(head, '\0');
  bytes(header.data(), head);
  if (std::string_view(header).substr(0, kMagic.size()) != kMagic) malformed("not a ream keywords analyses file");
  if (get_fixed(header.data() + kMagic.size()) != fingerprint)
    malformed("written with other --fields or stopwords than this run's");
  char tail[8];
  in_.seekg(static_cast<std::streamoff>(size - 8));
  at_ = size - 8;
  bytes(tail, 8);
  entries_end_ = get_fixed(tail);
  if (entries_end_ < head || entries_end_ > size - 8) malformed("its term table's offset is out of range");
  in_.seekg(static_cast<std::streamoff>(entries_end_));
  at_ = entries_end_;
  uint64_t count = number();
  if (count > size - 8 - at_) malformed("more terms than the file holds");
  term_map_.resize(count);
  std::string stem;
  for (uint32_t& id : term_map_) {
    uint64_t length = number();
    if (length == 0 || length > size - 8 - at_) malformed("a term of bad size");
    stem.resize(length);
    bytes(stem.data(), length);
    id = terms.intern(stem);
  }
  if (at_ != size - 8) malformed("bytes between its term table and its end");
  in_.seekg(static_cast<std::streamoff>(head));
  at_ = head;
}

bool AnalysesReader::next(std::string& entry) {
  if (at_ == entries_end_) return false;
  uint64_t size = number();
  if (size > entries_end_ - at_) malformed("entry " + std::to_string(entries_ + 1) + " runs into its term table");
  entry.resize(size);
  bytes(entry.data(), size);
  ++entries_;
  return true;
}

uint64_t AnalysesReader::number() {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    char c;
    bytes(&c, 1);
    uint8_t b = static_cast<uint8_t>(c);
    v |= uint64_t{b & 0x7Fu} << shift;
    if (b < 0x80) return v;
  }
  malformed("a number too long");
}

void AnalysesReader::bytes(char* out, size_t size) {
  if (size == 0) return;
  if (!in_.read(out, static_cast<std::streamsize>(size))) {
    if (in_.bad()) throw ream::IoError("cannot read the analyses file", path_);
    malformed("cut short");
  }
  at_ += size;
}

void AnalysesReader::malformed(const std::string& what) const { throw ream::DataError("--analyses: " + what, path_); }

}  // namespace ream::keywords
