// Sort keys (see sort_key.hh).
#include "sort_key.hh"

#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace ream::sort {

std::vector<KeyField> parse_keys(const std::vector<std::string>& words, bool reverse_all) {
  std::vector<KeyField> fields;
  for (const std::string& word : words) {
    KeyField f;
    f.descending = word.starts_with('-');
    f.name = f.descending ? word.substr(1) : word;
    if (f.name.empty()) throw std::invalid_argument("a sort key needs a field name: '" + word + "'");
    f.descending = f.descending != reverse_all;
    fields.push_back(std::move(f));
  }
  return fields;
}

KeyMaker::KeyMaker(std::vector<KeyField> fields, const std::string& locale) : fields_(std::move(fields)) {
  for (char c : locale)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '@' && c != '=')
      throw std::invalid_argument("'" + locale + "' is not a locale name (de, sv, fr-CA)");
  if (locale == "C" || locale == "POSIX") return;  // code point order, no collator
  UErrorCode status = U_ZERO_ERROR;
  collator_.reset(ucol_open(locale.c_str(), &status));
  if (U_FAILURE(status) || !collator_)
    throw std::invalid_argument("no collation for locale '" + locale + "': " + u_errorName(status));
}

KeyMaker::~KeyMaker() = default;

void KeyMaker::Closer::operator()(UCollator* c) const { ucol_close(c); }

namespace {

constexpr unsigned char kNumber = 1, kString = 2, kOther = 3, kMissing = 0xFF;

void append_number(std::string& out, double value) {
  if (value == 0) value = 0;  // -0 sorts with 0
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  bits = (bits & (uint64_t{1} << 63)) ? ~bits : bits | (uint64_t{1} << 63);
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>((bits >> shift) & 0xFF));
}

}  // namespace

const std::u16string& KeyMaker::to_utf16(std::string_view text) const {
  utf16_.resize(text.size() + 1);  // UTF-16 never needs more units than UTF-8 has bytes
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(reinterpret_cast<UChar*>(utf16_.data()), static_cast<int32_t>(utf16_.size()), &length,
                       text.data(), static_cast<int32_t>(text.size()), 0xFFFD, nullptr, &status);
  utf16_.resize(U_SUCCESS(status) ? static_cast<size_t>(length) : 0);
  return utf16_;
}

void KeyMaker::append_collated(std::string& out, std::string_view text) const {
  if (!collator_) {
    out.append(text);  // UTF-8 byte order is code point order
    out.push_back('\0');
    return;
  }
  const std::u16string& units = to_utf16(text);
  const UChar* chars = reinterpret_cast<const UChar*>(units.data());
  auto length = static_cast<int32_t>(units.size());
  size_t at = out.size();
  out.resize(at + 64);
  int32_t need = ucol_getSortKey(collator_.get(), chars, length, reinterpret_cast<uint8_t*>(out.data() + at), 64);
  if (need > 64) {
    out.resize(at + static_cast<size_t>(need));
    ucol_getSortKey(collator_.get(), chars, length, reinterpret_cast<uint8_t*>(out.data() + at), need);
  }
  out.resize(at + static_cast<size_t>(need));  // ends with its 0 byte
}

void KeyMaker::append(std::string& out, const std::vector<std::optional<std::string_view>>& values,
                      const std::vector<std::optional<std::string_view>>& decoded, uint64_t sequence) const {
  for (size_t i = 0; i < fields_.size(); ++i) {
    const std::optional<std::string_view>& raw = values[i];
    if (!raw || raw->empty() || *raw == "null") {
      out.push_back(static_cast<char>(kMissing));
      continue;
    }
    size_t start = out.size();
    char first = raw->front();
    double number = 0;
    if (decoded[i]) {
      out.push_back(static_cast<char>(kString));
      append_collated(out, *decoded[i]);
    } else if ((first == '-' || (first >= '0' && first <= '9')) &&
               std::from_chars(raw->data(), raw->data() + raw->size(), number).ec == std::errc()) {
      out.push_back(static_cast<char>(kNumber));
      append_number(out, number);
    } else {
      out.push_back(static_cast<char>(kOther));
      out.append(*raw);
      out.push_back('\0');
    }
    if (fields_[i].descending)
      for (size_t j = start; j < out.size(); ++j) out[j] = static_cast<char>(~static_cast<unsigned char>(out[j]));
  }
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>((sequence >> shift) & 0xFF));
}

KeyPrefix::KeyPrefix(std::string_view key) {
  unsigned char bytes[16] = {};
  std::memcpy(bytes, key.data(), std::min<size_t>(key.size(), 16));
  uint64_t words[2];
  std::memcpy(words, bytes, 16);
  if constexpr (std::endian::native == std::endian::little) {
    words[0] = __builtin_bswap64(words[0]);
    words[1] = __builtin_bswap64(words[1]);
  }
  high = words[0];
  low = words[1];
}

std::optional<uint64_t> parse_size(std::string_view text) {
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data()) return std::nullopt;
  std::string_view unit(end, static_cast<size_t>(text.data() + text.size() - end));
  uint64_t scale = 1;
  if (unit == "K" || unit == "k" || unit == "KB")
    scale = uint64_t{1} << 10;
  else if (unit == "M" || unit == "MB")
    scale = uint64_t{1} << 20;
  else if (unit == "G" || unit == "GB")
    scale = uint64_t{1} << 30;
  else if (!unit.empty())
    return std::nullopt;
  return value * scale;
}

}  // namespace ream::sort
