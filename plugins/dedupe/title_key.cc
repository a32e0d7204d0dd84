// Title analysis for dedupe.
//
// The key is ream::text::title_key (NFKC, case fold, accents and Latin
// letters reduced to ASCII by ICU, punctuation folded), so "Wonder-Journey:
// Going" and "wonder journey going" meet.  Bracketed notes that exports
// append ("[Chinese]", "[Review]") are dropped first: they describe the
// record, not the paper.  Words are kept as sorted 32-bit hashes, which
// makes overlap a linear merge with no allocation per comparison.
//
// Part numbers, notices (erratum, retraction, reply, comment) and generic
// headings are read here once per record because the vetoes need them for
// every candidate pair.
#include "title_key.hh"
#include "key_words.hh"

#include <re2/re2.h>

#include <ream/text.hpp>
#include "title_spelling.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace ream::dedupe {
namespace {

// Drop "[...]" groups: language tags and record-type notes in exports.
std::string without_bracket_notes(std::string_view title) {
  std::string out;
  out.reserve(title.size());
  int depth = 0;
  for (char c : title) {
    if (c == '[') {
      ++depth;
      continue;
    }
    if (c == ']' && depth > 0) {
      --depth;
      continue;
    }
    if (depth == 0) out += c;
  }
  // A title that is nothing but a bracket ("[Editorial]") keeps its text.
  return out.find_first_not_of(" .") == std::string::npos ? std::string(title) : out;
}

size_t word_count(std::string_view s);

// What kind of item a record is, appended to its title by one database and
// not another: "(Tutorial)", "(abstract only)", "(Panel Abstract)",
// "(Experience Paper)", "(system demonstration)", "- Book Review".  Like
// the bracketed notes they describe the record, not the paper, so a
// trailing group in parentheses or after a dash whose words are all
// record-kind words is dropped.  Numbers are no kind words, so "(Part 2)"
// and "(1)" stay.
std::string without_kind_label(std::string title) {
  static const RE2 trailing(R"(^(.*\S)\s*(?:\(([^()]{1,60})\)|\s(?:-+|\x{2013}|\x{2014})\s*([^()]{1,60}?))\s*\.?\s*$)");
  static const RE2 kind_words(
      R"(^((abstract|abstracts|only|extended|panel|tutorial|tutorials|demonstration|demo|system|poster|invited|)"
      R"(talk|keynote|experience|paper|book|review|short|position|industrial|session|overview|summary|)"
      R"(and|an|a|the)\s*)+$)");
  if (title.find('(') == std::string::npos && title.find(" -") == std::string::npos &&
      title.find("\xE2\x80") == std::string::npos)
    return title;
  std::string kept, in_parentheses, after_dash;
  if (!RE2::FullMatch(title, trailing, &kept, &in_parentheses, &after_dash)) return title;
  std::string label = text::title_key(in_parentheses.empty() ? after_dash : in_parentheses);
  if (label.empty() || !RE2::FullMatch(label, kind_words) || word_count(kept) < 2) return title;
  return kept;
}

size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

// Four digits starting 18, 19 or 20: the patterns below all need one,
// and most titles have none.
bool has_year_like_number(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    bool century = (s[i] == '1' && (s[i + 1] == '8' || s[i + 1] == '9')) || (s[i] == '2' && s[i + 1] == '0');
    if (century && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 3])))
      return true;
  }
  return false;
}

// Citation strings split badly put the end of the author list and the
// year in front of the title ("schapire (1996). experiments with ...",
// "patrice 1993. improving ...") or the year after it ("... processes.
// 1999.").  The residue is recognised by its year: in parentheses, or bare
// and closed by a full stop or comma, with at most four words before it
// and a title of three words or more left over, so that a title that
// merely mentions a year ("Stroke care in 2010: outcomes") is kept whole.
std::string without_citation_residue(std::string title) {
  if (!has_year_like_number(title)) return title;
  static const RE2 leading_parenthesised(R"(^([^()]{0,40}?)\(((?:1[89]|20)\d\d[a-z]?)\)[.,:]?\s+(.+)$)");
  static const RE2 leading_bare(R"(^([^()]{1,40}?)\s((?:1[89]|20)\d\d[a-z]?)[.,]\s+(.+)$)");
  static const RE2 trailing(R"(^(.+?)[.,]\s*((?:1[89]|20)\d\d[a-z]?)[.,]?\s*$)");
  std::string before, year, rest;
  if ((RE2::FullMatch(title, leading_parenthesised, &before, &year, &rest) ||
       RE2::FullMatch(title, leading_bare, &before, &year, &rest)) &&
      word_count(before) <= 4 && word_count(rest) >= 3)
    return rest;
  if (RE2::FullMatch(title, trailing, &rest, &year) && word_count(rest) >= 3) return rest;
  return title;
}

// Correction notices in database exports carry the original's citation
// after its title instead of the word "Erratum": Web of Science writes
// "Title (vol 142, pg 310, 2003)", Embase "Title (Journal (2009) 360
// (542-544))".  Returns the title without that citation, or nothing when
// there is none.
std::optional<std::string> without_corrected_citation(const std::string& title) {
  static const RE2 web_of_science(R"((?i)^(.+?)\s*\(vol\.? \d+[^()]*,\s*pg\.? \d+[^()]*\)\s*\.?$)");
  static const RE2 embase(R"(^(.+?)\s*\([^()]+\((?:1[89]|20)\d\d\)\s*\d+\s*\(\d+\s*[-–]+\s*\d+\)\)\s*\.?$)");
  std::string original;
  if (title.find('(') == std::string::npos) return std::nullopt;
  if (RE2::FullMatch(title, web_of_science, &original) || RE2::FullMatch(title, embase, &original)) return original;
  return std::nullopt;
}

std::vector<uint32_t> word_hashes(std::string_view key) {
  std::vector<uint32_t> words;
  for_each_word(key, [&](std::string_view w) { words.push_back(static_cast<uint32_t>(text::hash64(w))); });
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

int roman_or_number(std::string_view s) {
  static constexpr std::array<std::string_view, 10> roman = {"i",  "ii",  "iii",  "iv", "v",
                                                             "vi", "vii", "viii", "ix", "x"};
  static constexpr std::array<std::string_view, 5> words = {"one", "two", "three", "four", "five"};
  for (size_t i = 0; i < roman.size(); ++i)
    if (s == roman[i]) return static_cast<int>(i) + 1;
  for (size_t i = 0; i < words.size(); ++i)
    if (s == words[i]) return static_cast<int>(i) + 1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || n > 1000) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

int part_number(const std::string& key) {
  static const RE2 part(R"(\bpart (\d+|[ivx]+|one|two|three|four|five)\b)");
  std::string which;
  if (key.find("part ") == std::string::npos || !RE2::PartialMatch(key, part, &which)) return 0;
  return roman_or_number(which);
}

// The numbers that tell siblings of a series apart, in any numbering:
// "FOCUS 1:" and "FOCUS 2:", "Part I" and "Part II", "Phase 3" and "phase
// III", "Study A" and "Study B".  Read from the key: a number of one to
// three digits (four are years, which the year gap judges; "22 nd" is an
// ordinal of a venue run into the title), a Roman numeral of two letters
// or more (a lone "i", "v" or "x" is a word or a variable), or after a
// series word (part, phase, study, ...) a lone letter, Roman numeral or
// number word ("one" elsewhere is seldom a number: "one-shot learning").  Letters are kept apart from numbers by an
// offset.  Each number carries its anchor, the word before it (five bits
// of its hash, above the eleven of the number): siblings number the same
// place ("FOCUS 1" and "FOCUS 2"), while stray digits a scan or a footnote
// left in a title ("weakly 8 learning dnf", "learning dnf 10") sit at
// different places and say nothing.
constexpr unsigned kNumberBits = 11;  // numbers and lettered numbers are below 2000

uint16_t anchored(std::string_view before, int n) {
  auto anchor = static_cast<uint16_t>(ream::text::hash64(before) & 0x1f);
  return static_cast<uint16_t>((anchor << kNumberBits) | static_cast<uint16_t>(n));
}

std::vector<uint16_t> sibling_numbers(const std::string& key) {
  static const std::array<std::string_view, 12> series = {"part",       "phase",  "study",  "trial",
                                                          "experiment", "stage",  "series", "chapter",
                                                          "section",    "volume", "no",     "number"};
  std::vector<std::string_view> words;
  for_each_word(key, [&](std::string_view w) { words.push_back(w); });
  std::vector<uint16_t> numbers;
  auto all_digits = [](std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto ordinal_suffix = [](std::string_view w) { return w == "st" || w == "nd" || w == "rd" || w == "th"; };
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool after_series = i > 0 && std::find(series.begin(), series.end(), words[i - 1]) != series.end();
    int n = 0;
    if (all_digits(w)) {
      if (w.size() <= 3 && !(i + 1 < words.size() && ordinal_suffix(words[i + 1]))) n = roman_or_number(w);
    } else if (after_series) {
      n = roman_or_number(w);
      if (!n && w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') n = 1000 + (w[0] - 'a');
    } else if (w.size() >= 2 && w.find_first_not_of("ivx") == std::string_view::npos) {
      n = roman_or_number(w);
    }
    if (n > 0 && n < 2000) numbers.push_back(anchored(i > 0 ? words[i - 1] : std::string_view(), n));
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  return numbers;
}

Notice notice_of(const std::string& key) {
  static const RE2 erratum(R"(\b(erratum|errata|corrigendum|corrigenda)\b|^(correction|corrections)\b)");
  static const RE2 retraction(R"(\b(retraction|retracted)\b|^withdrawn\b)");
  static const RE2 reply(R"(^(reply|response|in reply|authors reply|author s reply)\b)");
  static const RE2 comment(R"(^(comment|comments|commentary) (on|to)\b)");
  // One pass decides whether any notice word is there at all.
  static const RE2 any_notice(R"(\b(errat|corrig|correction|retract|withdrawn|reply|response|comment))");
  if (!RE2::PartialMatch(key, any_notice)) return Notice::none;
  if (RE2::PartialMatch(key, retraction)) return Notice::retraction;
  if (RE2::PartialMatch(key, erratum)) return Notice::erratum;
  if (RE2::PartialMatch(key, reply)) return Notice::reply;
  if (RE2::PartialMatch(key, comment)) return Notice::comment;
  return Notice::none;
}

bool column_heading(const std::string& key, size_t word_count) {
  static const RE2 heading(
      R"(^(guest )?(editorial|editorials|preface|foreword|introduction|reply|response|(book )?reviews?( column)?|)"
      R"(commentary|correspondence|letter|letters|letter to the editor|editors? notes?|editors? comments?|from the editors?|)"
      R"(chairs? message|presidents? (message|column|letter)|news|index|contents|)"
      R"(table of contents|abstracts|obituary|in memoriam|acknowledg(e)?ments?|conclusions?|summary|)"
      R"(discussion|errat(um|a)|corrigendum|announcement|announcements|front matter|back matter)( \d+)?$)");
  // The longest heading, "guest letter to the editor 2", has six words.
  return word_count <= 6 && RE2::FullMatch(key, heading);
}

// "An introduction to ..." and "Introduction to ..." are one title: the
// article is the first word citation styles drop.
void without_leading_article(std::string& key) {
  for (std::string_view article : {"a ", "an ", "the "}) {
    if (!key.starts_with(article)) continue;
    std::string_view rest = std::string_view(key).substr(article.size());
    if (rest.find(' ') != std::string_view::npos) key.erase(0, article.size());
    return;
  }
}

}  // namespace

bool numbered_siblings(const TitleInfo& a, const TitleInfo& b) {
  if (a.numbers.empty() || b.numbers.empty()) return false;
  // Only the numbers at places both titles number are compared.
  auto at_shared_places = [](const std::vector<uint16_t>& mine, const std::vector<uint16_t>& theirs) {
    std::vector<uint16_t> kept;
    for (uint16_t n : mine)
      if (std::any_of(theirs.begin(), theirs.end(),
                      [&](uint16_t t) { return (t >> kNumberBits) == (n >> kNumberBits); }))
        kept.push_back(n);
    return kept;
  };
  std::vector<uint16_t> x = at_shared_places(a.numbers, b.numbers), y = at_shared_places(b.numbers, a.numbers);
  if (x.empty()) return false;
  auto contains = [](const std::vector<uint16_t>& big, const std::vector<uint16_t>& small) {
    return std::includes(big.begin(), big.end(), small.begin(), small.end());
  };
  return !contains(x, y) && !contains(y, x);
}

std::string_view notice_name(Notice n) {
  switch (n) {
    case Notice::erratum:
      return "erratum";
    case Notice::retraction:
      return "retraction";
    case Notice::reply:
      return "reply";
    case Notice::comment:
      return "comment";
    case Notice::none:
      break;
  }
  return "none";
}

std::optional<TitleWithTail> split_title_tail(std::string_view title) {
  static const RE2 quoted(
      R"(^\s*['`"\x{2018}\x{201C}]+([^'`"\x{2019}\x{201D}]+?)[.,]?['"\x{2019}\x{201D}]+[.,:]?\s+(\S.*)$)");
  static const RE2 sentence(R"(^(.+?[^\s.][.?!])\s+([[:alpha:]].*)$)");
  // Most titles have no sentence end inside them: spare them the patterns.
  bool inner_stop = false;
  for (size_t i = 1; i + 1 < title.size() && !inner_stop; ++i)
    inner_stop = (title[i] == '.' || title[i] == '?' || title[i] == '!') && title[i + 1] == ' ';
  size_t start = title.find_first_not_of(' ');
  bool opens_quoted =
      start != std::string_view::npos && std::string_view("'`\"\xE2").find(title[start]) != std::string_view::npos;
  if (!inner_stop && !opens_quoted) return std::nullopt;
  TitleWithTail out;
  std::string text(title);
  out.quoted = RE2::FullMatch(text, quoted, &out.title, &out.tail);
  if (!out.quoted && !RE2::FullMatch(text, sentence, &out.title, &out.tail)) return std::nullopt;
  if (word_count(out.title) < 3) return std::nullopt;
  return out;
}

TitleInfo analyse_title(std::string_view title) {
  TitleInfo info;
  std::string cleaned = without_citation_residue(without_kind_label(without_bracket_notes(without_markup(title))));
  auto corrected = without_corrected_citation(cleaned);
  info.key = text::title_key(corrected ? *corrected : cleaned);
  without_leading_article(info.key);
  // Read as written: spelling splits "h1n1" into four words, which would
  // make a short title look long enough to need no corroboration.
  info.part = part_number(info.key);
  info.numbers = sibling_numbers(info.key);
  info.notice = corrected ? Notice::erratum : notice_of(info.key);
  size_t count = info.key.empty() ? 0 : std::count(info.key.begin(), info.key.end(), ' ') + 1;
  info.heading = !info.key.empty() && column_heading(info.key, count);
  info.generic = info.heading || (!info.key.empty() && count < 3);
  american_spelling(info.key);
  info.words = word_hashes(info.key);
  return info;
}

namespace {

size_t shared_words(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

}  // namespace

double edit_similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.size() < b.size()) std::swap(a, b);
  // Optimal string alignment: Levenshtein plus a swap of neighbouring
  // letters as one edit, the commonest typo ("microangiopahties").  Plain
  // Levenshtein counts a swap as two, which in a short title is the
  // difference between a near-identical title and a merely similar one.
  // Three rows of the table, since a swap looks two rows back; b is the
  // shorter string.  Rows live on the stack for the usual title lengths;
  // longer keys allocate.
  constexpr size_t kStackRow = 256;
  std::array<uint32_t, kStackRow + 1> rows_stack[3];
  std::vector<uint32_t> rows_heap[3];
  uint32_t* before = rows_stack[0].data();
  uint32_t* prev = rows_stack[1].data();
  uint32_t* cur = rows_stack[2].data();
  if (b.size() > kStackRow) {
    for (auto& row : rows_heap) row.resize(b.size() + 1);
    before = rows_heap[0].data();
    prev = rows_heap[1].data();
    cur = rows_heap[2].data();
  }
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<uint32_t>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      uint32_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      uint32_t best = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, before[j - 2] + 1);
      cur[j] = best;
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(a.size());
}

double title_similarity(const TitleInfo& a, const TitleInfo& b) {
  if (a.key.empty() || b.key.empty()) return 0.0;
  if (a.key == b.key) return 1.0;
  size_t shared = shared_words(a.words, b.words);
  double dice = 2.0 * static_cast<double>(shared) / static_cast<double>(a.words.size() + b.words.size());
  // Edit distance is quadratic: only worth it when the words already agree
  // enough for a typo or a split word to be the difference.
  if (dice < 0.5) return dice;
  return std::max(dice, edit_similarity(a.key, b.key));
}

double title_containment(const TitleInfo& a, const TitleInfo& b) {
  size_t shorter = std::min(a.words.size(), b.words.size());
  if (shorter == 0) return 0.0;
  return static_cast<double>(shared_words(a.words, b.words)) / static_cast<double>(shorter);
}

}  // namespace ream::dedupe
