// Citation keys (see key_format.hh).
#include "key_format.hh"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "export_paper.hh"
#include "person_names.hh"

namespace ream::exporting {
namespace {

bool is_literal_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("-_:./+").find(c) != std::string_view::npos;
}

bool is_function_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "a",  "an", "the",  "of",   "on",  "in", "for", "to",  "and",  "or",      "with",   "at",
      "by", "as", "from", "into", "via", "is", "are", "its", "than", "towards", "toward", "but"};
  for (std::string_view f : kWords)
    if (w.size() == f.size() && std::equal(w.begin(), w.end(), f.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      return true;
  return false;
}

}  // namespace

KeyFormat::KeyFormat(std::string_view spec) {
  size_t i = 0;
  while (i < spec.size()) {
    if (spec[i] == ']') throw KeyFormatError("']' without an opening '['", i + 1);
    if (spec[i] != '[') {
      size_t start = i;
      while (i < spec.size() && spec[i] != '[' && spec[i] != ']') {
        if (!is_literal_char(spec[i]))
          throw KeyFormatError("'" + std::string(1, spec[i]) + "' cannot be part of a citation key", i + 1);
        ++i;
      }
      terms_.push_back({Name::literal, std::string(spec.substr(start, i - start)), 0, {}});
      continue;
    }
    size_t close = spec.find(']', i);
    if (close == std::string_view::npos) throw KeyFormatError("'[' is never closed", i + 1);
    std::string_view body = spec.substr(i + 1, close - i - 1);
    size_t column = i + 2;
    Term term{Name::literal, {}, 0, {}};
    size_t colon = std::min(body.find(':'), body.size());
    std::string_view head = body.substr(0, colon);
    size_t digits = head.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(head[digits - 1]))) --digits;
    std::string_view name = head.substr(0, digits), count = head.substr(digits);
    if (name == "auth")
      term.name = Name::auth;
    else if (name == "authors")
      term.name = Name::authors;
    else if (name == "year")
      term.name = Name::year;
    else if (name == "title")
      term.name = Name::title;
    else
      throw KeyFormatError("unknown term '" + std::string(head) + "' (auth, authorsN, year, titleN)", column);
    if (!count.empty()) {
      if (term.name == Name::auth || term.name == Name::year || count.size() > 2)
        throw KeyFormatError("'" + std::string(head) + "' takes no count here (authorsN and titleN do, N < 100)",
                             column);
      term.count = std::stoi(std::string(count));
      if (term.count == 0) throw KeyFormatError("a count must be 1 or more", column + digits);
    }
    size_t pos = colon;
    while (pos < body.size()) {
      size_t next = std::min(body.find(':', pos + 1), body.size());
      std::string_view filter = body.substr(pos + 1, next - pos - 1);
      if (filter == "lower")
        term.filters.push_back(Filter::lower);
      else if (filter == "upper")
        term.filters.push_back(Filter::upper);
      else if (filter == "capitalize")
        term.filters.push_back(Filter::capitalize);
      else
        throw KeyFormatError("unknown filter '" + std::string(filter) + "' (lower, upper, capitalize)",
                             column + pos + 1);
      pos = next;
    }
    terms_.push_back(std::move(term));
    i = close + 1;
  }
  UErrorCode status = U_ZERO_ERROR;
  to_ascii_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) to_ascii_.reset();
}

KeyFormat::~KeyFormat() = default;
KeyFormat::KeyFormat(KeyFormat&&) noexcept = default;

// The letters and digits of `text` in ASCII, each word capitalised as
// written ("Müller-Lüdenscheidt" -> "MullerLudenscheidt").
std::string KeyFormat::ascii_word(std::string_view text) {
  std::string ascii;
  bool plain = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (plain || !to_ascii_) {
    ascii = text;
  } else {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    to_ascii_->transliterate(u);
    u.toUTF8String(ascii);
  }
  std::string out;
  for (char c : ascii)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string KeyFormat::value(const Term& term, const ExportPaper& paper) {
  const std::vector<std::string>& people = paper.authors.empty() ? paper.editors : paper.authors;
  switch (term.name) {
    case Name::literal:
      return term.literal;
    case Name::auth:
      return people.empty() ? std::string() : ascii_word(full_family(split_name(people.front())));
    case Name::authors: {
      size_t n = term.count ? static_cast<size_t>(term.count) : 2;
      std::string out;
      for (size_t i = 0; i < people.size() && i < n; ++i) out += ascii_word(full_family(split_name(people[i])));
      if (people.size() > n || (paper.et_al && !people.empty())) out += "EtAl";
      return out;
    }
    case Name::year:
      return paper.year ? std::to_string(*paper.year) : std::string();
    case Name::title: {
      size_t n = term.count ? static_cast<size_t>(term.count) : 1;
      std::string out;
      size_t taken = 0, start = 0;
      std::string_view title = paper.title;
      while (start < title.size() && taken < n) {
        size_t end = std::min(title.find_first_of(" -/:;,.!?()[]{}\"'", start), title.size());
        std::string_view w = title.substr(start, end - start);
        start = end + 1;
        if (w.empty() || is_function_word(w)) continue;
        std::string folded = ascii_word(w);
        if (folded.empty()) continue;
        if (taken > 0 && !folded.empty())
          folded[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(folded[0])));
        out += folded;
        ++taken;
      }
      return out;
    }
  }
  return {};
}

std::string KeyFormat::render(const ExportPaper& paper) {
  std::string key;
  for (const Term& term : terms_) {
    std::string v = value(term, paper);
    for (Filter f : term.filters) {
      if (f == Filter::lower)
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (f == Filter::upper)
        for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (f == Filter::capitalize && !v.empty())
        v[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(v[0])));
    }
    key += v;
  }
  bool has_alnum =
      std::any_of(key.begin(), key.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return has_alnum ? key : "ref";
}

std::string KeyRegistry::claim(const std::string& key) {
  if (taken_.insert(key).second) return key;
  uint32_t& next = next_suffix_[key];
  for (;;) {
    // a..z, aa..zz, ...: bijective base 26.
    std::string suffix;
    for (uint32_t n = ++next; n > 0; n = (n - 1) / 26)
      suffix.insert(suffix.begin(), static_cast<char>('a' + (n - 1) % 26));
    std::string candidate = key + suffix;
    if (taken_.insert(candidate).second) return candidate;
  }
}

bool valid_citation_key(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    unsigned char b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b == 0x7F || std::string_view(",{}()=\\\"#%'~").find(c) != std::string_view::npos) return false;
  }
  return true;
}

}  // namespace ream::exporting
