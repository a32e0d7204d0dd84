// ISBN scanner.
//
// Ten- and thirteen-digit numbers are everywhere in papers (page counts,
// phone numbers, grant numbers), and one in ten random ISBN-10s and
// ISBN-13s passes the check digit.  So an ISBN is only taken after an
// "ISBN" label ("ISBN 0-13-054091-9", "isbn=2 906700-09-6",
// "ISBN-13: 978-..."), and must then pass its checksum.  The digits after
// the label come in groups split by hyphens or single spaces; the longest
// run of groups whose digits form a valid ISBN wins, so a year or page
// number written after the ISBN is not swallowed.
#include "isbn_scanner.hh"

#include <re2/re2.h>

#include "pattern_prefilters.hh"

namespace ream::cite {
namespace {

struct Group {
  size_t end;          // byte offset just past the group
  std::string digits;  // digits of all groups up to this one
};

std::vector<Group> digit_groups(std::string_view text, size_t begin, size_t end) {
  std::vector<Group> groups;
  std::string digits;
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
      digits += static_cast<char>(c == 'x' ? 'X' : c);
      if (i + 1 == end || text[i + 1] == '-' || text[i + 1] == ' ') groups.push_back({i + 1, digits});
    }
  }
  return groups;
}

}  // namespace

bool valid_isbn(std::string_view d) {
  auto value = [](char c) { return c == 'X' ? 10 : c - '0'; };
  if (d.size() == 10) {
    int sum = 0;
    for (size_t i = 0; i < 10; ++i) {
      if (d[i] == 'X' && i != 9) return false;
      sum += static_cast<int>(10 - i) * value(d[i]);
    }
    return sum % 11 == 0;
  }
  if (d.size() == 13) {
    if (d.find('X') != std::string_view::npos) return false;
    int sum = 0;
    for (size_t i = 0; i < 13; ++i) sum += (i % 2 ? 3 : 1) * value(d[i]);
    return sum % 10 == 0;
  }
  return false;
}

std::vector<Reference> scan_isbns(std::string_view text) {
  static const RE2 labelled(R"((?i)\bISBN(?:-1[03])?\s?[:=]?\s?([0-9][0-9Xx]*(?:[- ][0-9Xx]+)*))");
  std::vector<Reference> out;
  if (!may_hold_isbn_label(text)) return out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece number;
  while (RE2::FindAndConsume(&input, labelled, &number)) {
    size_t begin = number.data() - text.data();
    auto groups = digit_groups(text, begin, begin + number.size());
    for (auto g = groups.rbegin(); g != groups.rend(); ++g) {
      if (g->end < text.size() && (std::isalnum(static_cast<unsigned char>(text[g->end])))) continue;
      if (!valid_isbn(g->digits)) continue;
      out.push_back({Kind::isbn, g->digits, "", begin, g->end});
      break;
    }
  }
  return out;
}

}  // namespace ream::cite
