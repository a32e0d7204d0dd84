// The packed Document form; see packed_document.hh.
//
// Numbers are LEB128 varints; offsets and positions are stored as the
// difference from the slot before (zig-zag, since a document's last slot
// points back to its start), which is a byte for nearly every slot.
#include "packed_document.hh"

#include <stdexcept>
#include <vector>

namespace ream::keywords {

namespace {

// Flag bits of a packed slot.
enum : uint8_t {
  kBoundary = 1,
  kSForm = 2,
  kFirstUpper = 4,
  kOtherUpper = 8,
  kVerbLike = 16,
  kAfterFunctionWord = 32,
  kNewField = 64,  // the field number follows, and `begin` is absolute
  kHasNode = 128,  // the node id follows
};

// Writers into a buffer sized for the worst case beforehand: a push_back
// per byte cost more than the rest of packing.
inline char* put(char* at, uint64_t v) {
  while (v >= 0x80) {
    *at++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *at++ = static_cast<char>(v);
  return at;
}

inline char* put_signed(char* at, int64_t v) {
  return put(at, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
}

constexpr size_t kMaxNumber = 10;                // bytes of a 64-bit varint
constexpr size_t kMaxSlot = 2 + 5 * kMaxNumber;  // flags, classes, five numbers
constexpr size_t kMinSlot = 5;                   // flags, classes, position, begin, length

class Reader {
 public:
  explicit Reader(std::string_view in) : at_(in.data()), end_(in.data() + in.size()) {}
  uint8_t byte() {
    if (at_ == end_) short_form();
    return static_cast<uint8_t>(*at_++);
  }
  uint64_t number() {
    uint8_t b = byte();
    if (b < 0x80) return b;  // nearly every number here
    uint64_t v = b & 0x7Fu;
    for (int shift = 7; shift < 64; shift += 7) {
      b = byte();
      v |= uint64_t{b & 0x7Fu} << shift;
      if (b < 0x80) return v;
    }
    throw std::invalid_argument("packed document: number too long");
  }
  int64_t signed_number() {
    uint64_t v = number();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  bool done() const { return at_ == end_; }
  size_t left() const { return static_cast<size_t>(end_ - at_); }

 private:
  [[noreturn]] static void short_form() { throw std::invalid_argument("packed document: too short"); }
  const char* at_;
  const char* end_;
};

// A buffer of the worst case's size, written through and then appended:
// resizing the string itself would zero it first, every time.
char* scratch(size_t size) {
  thread_local std::vector<char> buffer;
  if (buffer.size() < size) buffer.resize(size);
  return buffer.data();
}

}  // namespace

void pack_document(const Document& doc, std::string& out) {
  char* const begin = scratch(3 * kMaxNumber + doc.slots.size() * kMaxSlot);
  char* at = begin;
  at = put(at, doc.words);
  at = put(at, doc.slots.size());
  at = put(at, doc.node_terms.size());
  uint32_t position = 0, end = 0;
  uint16_t field = 0;
  for (const Slot& s : doc.slots) {
    const bool new_field = s.field != field;
    *at++ = static_cast<char>((s.boundary ? kBoundary : 0) | (s.s_form ? kSForm : 0) |
                              (s.shape.first_upper ? kFirstUpper : 0) | (s.shape.other_upper ? kOtherUpper : 0) |
                              (s.verb_like ? kVerbLike : 0) | (s.after_function_word ? kAfterFunctionWord : 0) |
                              (new_field ? kNewField : 0) | (s.node != Slot::kNoNode ? kHasNode : 0));
    *at++ = static_cast<char>(static_cast<uint8_t>(s.word_class) << 4 | static_cast<uint8_t>(s.pos));
    at = put_signed(at, int64_t{s.position} - position);
    if (new_field) {
      at = put(at, s.field);
      at = put(at, s.begin);
    } else {
      at = put_signed(at, int64_t{s.begin} - end);
    }
    at = put(at, s.end - s.begin);
    if (s.node != Slot::kNoNode) at = put(at, s.node);
    position = s.position, end = s.end, field = s.field;
  }
  out.append(begin, at);
}

void append_packed_terms(std::string& out, std::span<const uint32_t> terms) {
  char* const begin = scratch(terms.size() * kMaxNumber);
  char* at = begin;
  for (uint32_t t : terms) at = put(at, t);
  out.append(begin, at);
}

void unpack_document(std::string_view packed, Document& doc) {
  Reader in(packed);
  doc.words = static_cast<uint32_t>(in.number());
  const uint64_t slots = in.number(), nodes = in.number();
  // A slot takes five bytes at least, a term one: counts the bytes cannot
  // hold are refused before anything is allocated for them.
  if (slots > in.left() / kMinSlot || nodes > in.left() - slots * kMinSlot)
    throw std::invalid_argument("packed document: counts larger than the form");
  doc.slots.resize(slots);
  doc.node_terms.resize(nodes);
  uint32_t position = 0, end = 0;
  uint16_t field = 0;
  for (Slot& s : doc.slots) {
    uint8_t flags = in.byte(), classes = in.byte();
    s.boundary = flags & kBoundary;
    s.s_form = flags & kSForm;
    s.shape.first_upper = flags & kFirstUpper;
    s.shape.other_upper = flags & kOtherUpper;
    s.verb_like = flags & kVerbLike;
    s.after_function_word = flags & kAfterFunctionWord;
    s.word_class = static_cast<WordClass>(classes >> 4);
    s.pos = static_cast<PartOfSpeech>(classes & 15);
    s.position = static_cast<uint32_t>(position + in.signed_number());
    if (flags & kNewField) {
      s.field = static_cast<uint16_t>(in.number());
      s.begin = static_cast<uint32_t>(in.number());
    } else {
      s.field = field;
      s.begin = static_cast<uint32_t>(end + in.signed_number());
    }
    s.end = static_cast<uint32_t>(s.begin + in.number());
    s.node = flags & kHasNode ? static_cast<uint32_t>(in.number()) : Slot::kNoNode;
    if (s.node != Slot::kNoNode && s.node >= doc.node_terms.size())
      throw std::invalid_argument("packed document: node out of range");
    position = s.position, end = s.end, field = s.field;
  }
  for (uint32_t& t : doc.node_terms) t = static_cast<uint32_t>(in.number());
  if (!in.done()) throw std::invalid_argument("packed document: bytes left over");
}

}  // namespace ream::keywords
