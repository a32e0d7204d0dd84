// Finding the titles of other records in free text.
//
// Titles are compared as word sequences in ream::text::title_key form
// (case, accents and punctuation ignored), so "Wonder-Journey: Going"
// in a title matches "wonder journey going" in an abstract.  Text is
// split into words with their byte ranges by a fast ASCII path that
// mirrors title_key (ASCII punctuation separates words, apostrophes are
// dropped); only words with non-ASCII bytes go through ICU.  Each word
// becomes a 64-bit FNV-1a hash, computed in place.
//
// Exact mentions: an Aho-Corasick automaton over word hashes holds every
// title, so one pass over the text finds all of them whatever the number
// of titles (cost: one hash lookup per word plus failure moves).
//
// Fuzzy mentions (a word dropped, added or changed): titles of six words
// or more also index their word bigrams.  Each bigram of the text votes
// for the titles containing it; a title is mentioned when, within a
// window of its own length plus three words, at least 75% of its bigrams
// are present.  Bigrams shared by more than 8 titles ("of the", "deep
// learning") carry no evidence and are not indexed.
#include "title_mentions.hh"

#include <algorithm>

#include <ream/text.hpp>

namespace ream::cite {
namespace {

constexpr size_t kMinExactWords = 3;
constexpr size_t kMinExactChars = 16;
constexpr size_t kMinFuzzyWords = 6;
constexpr size_t kMaxPostings = 8;
constexpr double kFuzzyShare = 0.75;
constexpr size_t kFuzzySlack = 3;

uint64_t mix(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2));
  return h ^ (h >> 29);
}

bool ascii_word_char(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool word_byte(unsigned char c) { return ascii_word_char(c) || c == '\'' || c >= 0x80; }

// FNV-1a over the word's bytes, lower-cased, apostrophes skipped: the
// same value for "Don't" in text and "dont" in a title key, computed
// without building the lower-case string.
uint64_t word_hash(std::string_view word) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (char c : word) {
    if (c == '\'') continue;
    h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 0x100000001B3ULL;
  }
  return h;
}

void add_ascii_word(std::string_view raw, size_t begin, std::vector<Word>& out) {
  if (raw.find_first_not_of('\'') != std::string_view::npos) out.push_back({word_hash(raw), begin, begin + raw.size()});
}

void add_unicode_word(std::string_view raw, size_t begin, std::vector<Word>& out) {
  std::string key = text::title_key(raw);
  size_t start = 0;
  while (start < key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start)
      out.push_back({word_hash(std::string_view(key).substr(start, space - start)), begin, begin + raw.size()});
    start = space + 1;
  }
}

std::vector<uint64_t> key_words(std::string_view title_key) {
  std::vector<uint64_t> words;
  size_t start = 0;
  while (start < title_key.size()) {
    size_t space = title_key.find(' ', start);
    if (space == std::string_view::npos) space = title_key.size();
    if (space > start) words.push_back(word_hash(title_key.substr(start, space - start)));
    start = space + 1;
  }
  return words;
}

// Keys are never 0 (mix() of real words), so 0 marks an empty slot.
uint64_t nonzero(uint64_t key) { return key ? key : 1; }

}  // namespace

std::pair<uint32_t, bool> FlatMap::try_emplace(uint64_t key, uint32_t fresh) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  key = nonzero(key);
  size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].first == key) return {slots_[i].second, false};
    if (slots_[i].first == 0) {
      slots_[i] = {key, fresh};
      ++used_;
      return {fresh, true};
    }
  }
}

long FlatMap::find(uint64_t key) const {
  if (slots_.empty()) return -1;
  key = nonzero(key);
  size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].first == key) return slots_[i].second;
    if (slots_[i].first == 0) return -1;
  }
}

void FlatMap::grow() {
  std::vector<std::pair<uint64_t, uint32_t>> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, {0, 0});
  used_ = 0;
  for (const auto& [k, v] : old)
    if (k) try_emplace(k, v);
}

std::vector<Word> title_words(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t begin = i;
    bool ascii = true;
    while (i < text.size() && word_byte(static_cast<unsigned char>(text[i]))) ascii &= !(text[i++] & 0x80);
    std::string_view raw = text.substr(begin, i - begin);
    if (ascii)
      add_ascii_word(raw, begin, words);
    else
      add_unicode_word(raw, begin, words);
  }
  return words;
}

long TitleIndex::add(std::string_view title) {
  std::string key = text::title_key(title);
  std::vector<uint64_t> words = key_words(key);
  uint32_t index = static_cast<uint32_t>(lengths_.size());
  lengths_.push_back(static_cast<uint32_t>(words.size()));
  bigram_count_.push_back(0);
  if (words.size() < kMinExactWords || key.size() < kMinExactChars) return -1;
  insert_exact(words, index);
  if (words.size() >= kMinFuzzyWords) insert_bigrams(words, index);
  return index;
}

void TitleIndex::insert_exact(const std::vector<uint64_t>& words, uint32_t title) {
  auto new_state = [&](uint32_t parent, uint64_t word) {
    fail_.push_back(0);
    ends_here_.push_back(-1);
    depth_.push_back(fail_.size() == 1 ? 0 : depth_[parent] + 1);
    parent_.push_back(parent);
    word_.push_back(word);
  };
  if (fail_.empty()) new_state(0, 0);
  uint32_t state = 0;
  for (uint64_t w : words) {
    auto [next, fresh] = edges_.try_emplace(mix(state, w), static_cast<uint32_t>(fail_.size()));
    if (fresh) new_state(state, w);
    state = next;
  }
  if (ends_here_[state] < 0) ends_here_[state] = static_cast<int32_t>(title);
}

long TitleIndex::edge(uint32_t state, uint64_t word) const { return edges_.find(mix(state, word)); }

void TitleIndex::insert_bigrams(const std::vector<uint64_t>& words, uint32_t title) {
  for (size_t i = 0; i + 1 < words.size(); ++i)
    pending_.push_back({mix(words[i], words[i + 1]), {title, static_cast<uint32_t>(i)}});
  bigram_count_[title] = static_cast<uint32_t>(words.size() - 1);
}

void TitleIndex::build_bigram_runs() {
  std::sort(pending_.begin(), pending_.end(), [](const PendingBigram& a, const PendingBigram& b) {
    return a.key != b.key ? a.key < b.key : a.posting.title < b.posting.title;
  });
  for (size_t i = 0; i < pending_.size(); ++i) {
    const PendingBigram& p = pending_[i];
    if (i == 0 || p.key != pending_[i - 1].key) {
      bigram_runs_.try_emplace(p.key, static_cast<uint32_t>(run_begin_.size()));
      run_begin_.push_back(static_cast<uint32_t>(postings_.size()));
    } else if (p.posting.title == pending_[i - 1].posting.title) {
      continue;  // a bigram repeated within one title counts once
    }
    postings_.push_back(p.posting);
  }
  run_begin_.push_back(static_cast<uint32_t>(postings_.size()));
  pending_.clear();
  pending_.shrink_to_fit();
}

// Failure links, computed parents first (by depth), as in Aho-Corasick.
void TitleIndex::build() {
  build_bigram_runs();
  output_.assign(fail_.size(), 0);
  std::vector<uint32_t> order(fail_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return depth_[a] < depth_[b]; });
  for (uint32_t s : order) {
    if (depth_[s] <= 1) continue;  // the root and its children fail to the root
    uint32_t f = fail_[parent_[s]];
    long next = edge(f, word_[s]);
    while (next < 0 && f != 0) {
      f = fail_[f];
      next = edge(f, word_[s]);
    }
    fail_[s] = next < 0 ? 0 : static_cast<uint32_t>(next);
  }
  for (uint32_t s : order) {
    if (s == 0) continue;
    uint32_t f = fail_[s];
    output_[s] = ends_here_[f] >= 0 ? f : output_[f];
  }
}

void TitleIndex::find_exact(const std::vector<Word>& words, std::vector<TitleMention>& out) const {
  if (fail_.empty()) return;
  uint32_t state = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    long next = edge(state, words[i].hash);
    while (next < 0 && state != 0) {
      state = fail_[state];
      next = edge(state, words[i].hash);
    }
    state = next < 0 ? 0 : static_cast<uint32_t>(next);
    for (uint32_t s = ends_here_[state] >= 0 ? state : output_[state]; s != 0; s = output_[s]) {
      size_t first = i + 1 - depth_[s];
      out.push_back({static_cast<size_t>(ends_here_[s]), words[first].begin, words[i].end, true});
    }
  }
}

void TitleIndex::find_fuzzy(const std::vector<Word>& words, std::vector<TitleMention>& out) const {
  struct Hit {
    uint32_t title, pos, offset;
  };
  std::vector<Hit> hits;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    long run = bigram_runs_.find(mix(words[i].hash, words[i + 1].hash));
    if (run < 0 || run_begin_[run + 1] - run_begin_[run] > kMaxPostings) continue;
    for (uint32_t p = run_begin_[run]; p < run_begin_[run + 1]; ++p)
      hits.push_back({postings_[p].title, static_cast<uint32_t>(i), postings_[p].offset});
  }
  std::sort(hits.begin(), hits.end(),
            [](const Hit& a, const Hit& b) { return a.title != b.title ? a.title < b.title : a.pos < b.pos; });
  std::vector<uint32_t> exact;
  for (const auto& m : out) exact.push_back(static_cast<uint32_t>(m.title));
  std::vector<uint16_t> seen;
  for (size_t lo = 0; lo < hits.size();) {
    uint32_t title = hits[lo].title;
    size_t group_end = lo;
    while (group_end < hits.size() && hits[group_end].title == title) ++group_end;
    uint32_t need = static_cast<uint32_t>(kFuzzyShare * bigram_count_[title] + 0.999);
    if (std::find(exact.begin(), exact.end(), title) != exact.end() || group_end - lo < need) {
      lo = group_end;
      continue;
    }
    // Slide a window of the title's length (plus slack) over the hits,
    // counting distinct title bigrams in it.
    seen.assign(bigram_count_[title], 0);
    uint32_t distinct = 0;
    size_t first = lo;
    for (size_t j = lo; j < group_end; ++j) {
      while (hits[j].pos - hits[first].pos > lengths_[title] + kFuzzySlack)
        distinct -= --seen[hits[first++].offset] == 0;
      distinct += seen[hits[j].offset]++ == 0;
      if (distinct >= need) {
        out.push_back({title, words[hits[first].pos].begin, words[hits[j].pos + 1].end, false});
        break;
      }
    }
    lo = group_end;
  }
}

std::vector<TitleMention> TitleIndex::find(std::string_view text) const {
  std::vector<TitleMention> out;
  if (lengths_.empty()) return out;
  words_scratch_ = title_words(text);
  find_exact(words_scratch_, out);
  find_fuzzy(words_scratch_, out);
  return out;
}

}  // namespace ream::cite
