// Trailing trimming (see trim.hh).  Bracket and quote counts are taken
// once over the match and updated as characters are dropped, so the cost
// is linear in the match length however much is trimmed.
#include "trim.hh"

#include <array>

namespace ream::cite {
namespace {

constexpr std::string_view kOpeners = "([{<";
constexpr std::string_view kClosers = ")]}>";

}  // namespace

size_t trimmed_length(std::string_view s, std::string_view sentence) {
  std::array<long, 4> open{}, close{};
  long double_quotes = 0, single_quotes = 0;
  for (char c : s) {
    if (auto i = kOpeners.find(c); i != std::string_view::npos) ++open[i];
    if (auto i = kClosers.find(c); i != std::string_view::npos) ++close[i];
    double_quotes += c == '"';
    single_quotes += c == '\'';
  }
  size_t n = s.size();
  while (n > 0) {
    char last = s[n - 1];
    auto closer = kClosers.find(last);
    bool drop = sentence.find(last) != std::string_view::npos ||
                (closer != std::string_view::npos && close[closer] > open[closer]) ||
                (last == '"' && double_quotes % 2 == 1) || (last == '\'' && single_quotes % 2 == 1);
    if (!drop) break;
    if (closer != std::string_view::npos) --close[closer];
    if (auto i = kOpeners.find(last); i != std::string_view::npos) --open[i];
    double_quotes -= last == '"';
    single_quotes -= last == '\'';
    --n;
  }
  return n;
}

}  // namespace ream::cite
