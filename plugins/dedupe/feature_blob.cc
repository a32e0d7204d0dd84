// Encoding of Features for the distributed steps.
//
// Binary, little-endian as the machine writes it would not do: the steps
// of one run may run on different hosts, so every integer is written byte
// by byte (LEB128 for lengths and most numbers, fixed width for hashes).
// Then base64 without padding, which needs no escaping inside a JSON string and costs a
// third more than the bytes, against about twice for hex.  A decoded blob
// must compare exactly as the features it was made from: the tests encode,
// decode and encode again, and compare every pair score.  What only the
// map step needs (the title signature, for block keys) is left out.
#include "feature_blob.hh"

#include <boost/beast/core/detail/base64.hpp>

#include <algorithm>
#include <cstring>

namespace ream::dedupe {
namespace {

namespace base64 = boost::beast::detail::base64;

class Writer {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      u8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<uint8_t>(v));
  }
  void i32(int32_t v) { varint(static_cast<uint32_t>(v)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void text(const std::string& s) {
    varint(s.size());
    out_ += s;
  }
  void title(const TitleInfo& t) {
    text(t.key);
    varint(t.words.size());
    for (uint32_t w : t.words) u32(w);
    i32(t.part);
    varint(t.numbers.size());
    for (uint16_t n : t.numbers) varint(n);
    u8(static_cast<uint8_t>(t.notice));
    u8(t.generic);
    u8(t.heading);
  }
  void words(const std::vector<std::string>& w) {
    varint(w.size());
    for (const auto& s : w) text(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  uint8_t u8() {
    if (pos_ >= in_.size()) throw std::runtime_error("feature blob ends early");
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    throw std::runtime_error("feature blob holds a malformed number");
  }
  size_t count() {
    uint64_t n = varint();
    if (n > in_.size() - pos_) throw std::runtime_error("feature blob holds a length past its end");
    return static_cast<size_t>(n);
  }
  int32_t i32() { return static_cast<int32_t>(static_cast<uint32_t>(varint())); }
  uint32_t u32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(u8()) << (8 * i);
    return v;
  }
  bool flag() { return u8() != 0; }
  std::string text() {
    size_t n = count();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  TitleInfo title() {
    TitleInfo t;
    t.key = text();
    t.words.resize(count());
    for (auto& w : t.words) w = u32();
    t.part = i32();
    t.numbers.resize(count());
    for (auto& n : t.numbers) n = static_cast<uint16_t>(varint());
    uint8_t notice = u8();
    if (notice > static_cast<uint8_t>(Notice::comment)) throw std::runtime_error("feature blob names no notice");
    t.notice = static_cast<Notice>(notice);
    t.generic = flag();
    t.heading = flag();
    return t;
  }
  std::vector<std::string> words() {
    std::vector<std::string> w(count());
    for (auto& s : w) s = text();
    return w;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

std::string encode_blob(const Features& f, float quality) {
  Writer w;
  w.u8(kFeatureBlobVersion);
  IdPrint ids = id_print(f);
  w.u32(ids.arxiv);
  w.u32(ids.doi);
  w.text(f.id);
  w.text(f.arxiv);
  w.text(f.doi);
  w.title(f.title);
  // Not the title's MinHash signature: it only makes block keys, which
  // the map step writes itself, and it is the largest part (128 bytes).
  w.varint(f.authors.names.size());
  for (const AuthorName& a : f.authors.names) {
    w.u32(a.surname);
    w.u8(static_cast<uint8_t>(a.initial));
    size_t len = strnlen(a.spelling.data(), a.spelling.size());
    w.varint(len);
    for (size_t i = 0; i < len; ++i) w.u8(static_cast<uint8_t>(a.spelling[i]));
  }
  w.u8(f.authors.truncated);
  w.i32(f.year);
  w.varint(f.pages.first);
  w.varint(f.pages.last);
  w.text(f.volume);
  w.text(f.issue);
  w.words(f.venue_words);
  w.u8(f.venue_is_event);
  w.u8(f.swallowed != nullptr);
  if (f.swallowed) {
    w.title(f.swallowed->title);
    w.words(f.swallowed->venue_words);
    w.u8(f.swallowed->venue_is_event);
    w.u8(f.swallowed->quoted);
  }
  w.u8(f.has_abstract);
  if (f.has_abstract)  // compared only then (vetoes.cc)
    for (uint32_t v : f.abstract_signature) w.u32(v);
  uint32_t q;
  std::memcpy(&q, &quality, sizeof q);
  w.u32(q);
  std::string out(base64::encoded_size(w.bytes().size()), '\0');
  out.resize(base64::encode(out.data(), w.bytes().data(), w.bytes().size()));
  while (!out.empty() && out.back() == '=') out.pop_back();  // the length says where it ends
  return out;
}

namespace {

void check_version(uint8_t version) {
  if (version != kFeatureBlobVersion)
    throw std::runtime_error("feature blob of version " + std::to_string(version) + ", this ream reads version " +
                             std::to_string(kFeatureBlobVersion) + ": run every step with the same ream");
}

}  // namespace

void check_blob_version(std::string_view text) {
  char first[3];
  auto [written, read] = base64::decode(first, text.data(), std::min<size_t>(text.size(), 4));
  if (read != std::min<size_t>(text.size(), 4)) throw std::runtime_error("feature blob is not base64");
  if (written == 0) throw std::runtime_error("feature blob ends early");
  check_version(static_cast<uint8_t>(first[0]));
}

IdPrint blob_id_print(std::string_view text) {
  constexpr size_t kChars = 12;  // 9 bytes: the version and two prints
  char head[9];
  size_t want = std::min(text.size(), kChars);
  auto [written, read] = base64::decode(head, text.data(), want);
  if (read != want) throw std::runtime_error("feature blob is not base64");
  if (written == 0) throw std::runtime_error("feature blob ends early");
  check_version(static_cast<uint8_t>(head[0]));
  if (written < sizeof head) throw std::runtime_error("feature blob ends early");
  Reader r(std::string_view(head + 1, sizeof head - 1));
  IdPrint ids;
  ids.arxiv = r.u32();
  ids.doi = r.u32();
  return ids;
}

RecordBlob decode_blob(std::string_view text) {
  std::string bytes(text.size() / 4 * 3 + 3, '\0');  // room for an unpadded last group
  auto [written, read] = base64::decode(bytes.data(), text.data(), text.size());
  if (read != text.size()) throw std::runtime_error("feature blob is not base64");
  bytes.resize(written);
  Reader r(bytes);
  check_version(r.u8());
  r.u32(), r.u32();  // the identifier prints, which the features give again
  RecordBlob out;
  Features& f = out.features;
  f.id = r.text();
  f.arxiv = r.text();
  f.doi = r.text();
  f.title = r.title();
  f.authors.names.resize(r.count());
  for (AuthorName& a : f.authors.names) {
    a.surname = r.u32();
    a.initial = static_cast<char>(r.u8());
    size_t len = r.count();
    if (len > a.spelling.size()) throw std::runtime_error("feature blob holds a surname spelling too long");
    for (size_t i = 0; i < len; ++i) a.spelling[i] = static_cast<char>(r.u8());
  }
  f.authors.truncated = r.flag();
  f.year = r.i32();
  f.pages.first = static_cast<uint32_t>(r.varint());
  f.pages.last = static_cast<uint32_t>(r.varint());
  f.volume = r.text();
  f.issue = r.text();
  f.venue_words = r.words();
  f.venue_is_event = r.flag();
  if (r.flag()) {
    f.swallowed = std::make_unique<SwallowedVenue>();
    f.swallowed->title = r.title();
    f.swallowed->venue_words = r.words();
    f.swallowed->venue_is_event = r.flag();
    f.swallowed->quoted = r.flag();
  }
  f.has_abstract = r.flag();
  if (f.has_abstract)
    for (auto& v : f.abstract_signature) v = r.u32();
  uint32_t q = r.u32();
  std::memcpy(&out.quality, &q, sizeof q);
  if (!r.done()) throw std::runtime_error("feature blob has bytes after its end");
  return out;
}

}  // namespace ream::dedupe
