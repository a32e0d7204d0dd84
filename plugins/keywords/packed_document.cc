// The packed Document form; see packed_document.hh.
#include "packed_document.hh"

#include <cstring>
#include <stdexcept>

namespace ream::keywords {

namespace {

constexpr size_t kHeader = 3 * sizeof(uint32_t);
constexpr size_t kSlot = 14;
constexpr uint16_t kNoNode16 = UINT16_MAX;

// Flag bits of a packed slot.
enum : uint8_t {
  kBoundary = 1,
  kSForm = 2,
  kFirstUpper = 4,
  kOtherUpper = 8,
  kVerbLike = 16,
  kAfterFunctionWord = 32,
};

template <typename T>
void put(char*& at, T value) {
  std::memcpy(at, &value, sizeof value);
  at += sizeof value;
}

template <typename T>
T get(const char*& at) {
  T value;
  std::memcpy(&value, at, sizeof value);
  at += sizeof value;
  return value;
}

bool fits(const Slot& s) {
  return (s.node == Slot::kNoNode || s.node < kNoNode16) && s.position <= UINT16_MAX && s.end >= s.begin &&
         s.end - s.begin <= UINT16_MAX;
}

}  // namespace

bool pack_document(const Document& doc, std::string& out) {
  for (const Slot& s : doc.slots)
    if (!fits(s)) return false;
  const size_t start = out.size();
  out.resize(start + kHeader + doc.slots.size() * kSlot + doc.node_terms.size() * sizeof(uint32_t));
  char* at = out.data() + start;
  put<uint32_t>(at, doc.words);
  put<uint32_t>(at, static_cast<uint32_t>(doc.slots.size()));
  put<uint32_t>(at, static_cast<uint32_t>(doc.node_terms.size()));
  for (const Slot& s : doc.slots) {
    put<uint16_t>(at, s.node == Slot::kNoNode ? kNoNode16 : static_cast<uint16_t>(s.node));
    put<uint16_t>(at, static_cast<uint16_t>(s.position));
    put<uint32_t>(at, s.begin);
    put<uint16_t>(at, static_cast<uint16_t>(s.end - s.begin));
    put<uint16_t>(at, s.field);
    put<uint8_t>(at, static_cast<uint8_t>(static_cast<uint8_t>(s.word_class) << 4 | static_cast<uint8_t>(s.pos)));
    put<uint8_t>(
        at, static_cast<uint8_t>((s.boundary ? kBoundary : 0) | (s.s_form ? kSForm : 0) |
                                 (s.shape.first_upper ? kFirstUpper : 0) | (s.shape.other_upper ? kOtherUpper : 0) |
                                 (s.verb_like ? kVerbLike : 0) | (s.after_function_word ? kAfterFunctionWord : 0)));
  }
  std::memcpy(at, doc.node_terms.data(), doc.node_terms.size() * sizeof(uint32_t));
  return true;
}

void set_packed_terms(std::string& packed, std::span<const uint32_t> terms) {
  const size_t bytes = terms.size() * sizeof(uint32_t);
  if (packed.size() < kHeader + bytes) throw std::invalid_argument("packed document: too short");
  std::memcpy(packed.data() + packed.size() - bytes, terms.data(), bytes);
}

void unpack_document(std::string_view packed, Document& doc) {
  if (packed.size() < kHeader) throw std::invalid_argument("packed document: too short");
  const char* at = packed.data();
  doc.words = get<uint32_t>(at);
  auto slots = get<uint32_t>(at);
  auto nodes = get<uint32_t>(at);
  if (packed.size() != kHeader + size_t{slots} * kSlot + size_t{nodes} * sizeof(uint32_t))
    throw std::invalid_argument("packed document: sizes do not match");
  doc.slots.resize(slots);
  for (Slot& s : doc.slots) {
    auto node = get<uint16_t>(at);
    s.node = node == kNoNode16 ? Slot::kNoNode : node;
    s.position = get<uint16_t>(at);
    s.begin = get<uint32_t>(at);
    s.end = s.begin + get<uint16_t>(at);
    s.field = get<uint16_t>(at);
    auto classes = get<uint8_t>(at);
    s.word_class = static_cast<WordClass>(classes >> 4);
    s.pos = static_cast<PartOfSpeech>(classes & 15);
    auto flags = get<uint8_t>(at);
    s.boundary = flags & kBoundary;
    s.s_form = flags & kSForm;
    s.shape.first_upper = flags & kFirstUpper;
    s.shape.other_upper = flags & kOtherUpper;
    s.verb_like = flags & kVerbLike;
    s.after_function_word = flags & kAfterFunctionWord;
  }
  doc.node_terms.resize(nodes);
  std::memcpy(doc.node_terms.data(), at, size_t{nodes} * sizeof(uint32_t));
}

}  // namespace ream::keywords
