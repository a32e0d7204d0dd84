// Candidate grouping, scoring and selection; see extractor.hh.
#include "extractor.hh"

#include "surface_form.hh"

#include <algorithm>
#include <cmath>

namespace ream::keywords {

namespace {

// Candidates compare by their node ids in lexicographic order.  Written
// out rather than with std::array's operators, which call memcmp for
// 16 bytes; grouping compares candidates a few thousand times per record.
template <typename Nodes>
int compare_nodes(const Nodes& a, const Nodes& b) {
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

}  // namespace

Extractor::Extractor(Stoplist stoplist, RankingParams params, uint32_t max_words)
    : lexicon_(std::move(stoplist), terms_), analyzer_(lexicon_, max_words), params_(params) {}

void Extractor::analyse(std::span<const Field> fields) { analyzer_.analyse(fields, doc_); }

void Extractor::group_candidates() {
  find_candidates(doc_, occurrences_);
  candidates_.clear();
  candidates_.reserve(occurrences_.size());
  for (const Occurrence& o : occurrences_) {
    Candidate c{{}, o.length, o.first_slot, 0.0, doc_.is_title(doc_.slots[o.first_slot]), 0, 1};
    c.nodes.fill(Slot::kNoNode);
    for (uint8_t i = 0; i < o.length; ++i) c.nodes[i] = doc_.slots[o.first_slot + i].node;
    candidates_.push_back(c);
  }
  // Same stems -> one candidate, kept at its first occurrence.  No two
  // occurrences share a first slot and a length, so the order below is
  // total and an unstable sort gives the one result (without the
  // buffer a stable sort allocates).
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    int order = compare_nodes(a.nodes, b.nodes);
    return order != 0 ? order < 0 : a.first_slot < b.first_slot;
  });
  occurrence_slots_.resize(candidates_.size());
  size_t kept = 0;
  for (size_t i = 0; i < candidates_.size(); ++i) {
    occurrence_slots_[i] = candidates_[i].first_slot;
    if (kept > 0 && compare_nodes(candidates_[kept - 1].nodes, candidates_[i].nodes) == 0) {
      candidates_[kept - 1].in_title |= candidates_[i].in_title;
      ++candidates_[kept - 1].occurrences;
    } else {
      candidates_[kept] = candidates_[i];
      candidates_[kept++].group_begin = static_cast<uint32_t>(i);
    }
  }
  candidates_.resize(kept);
}

void Extractor::score_candidates(const DocumentFrequency& df) {
  graph_.rank(doc_, params_.graph, word_scores_);
  // Smoothed so that a term missing from a loaded table still gets a
  // finite weight and a tiny table does not zero every word.
  const double documents = static_cast<double>(df.documents());
  for (size_t node = 0; node < word_scores_.size(); ++node) {
    double count = static_cast<double>(document_count(df, doc_.node_terms[node]));
    double idf = std::log1p((documents + 1.0) / (count + 1.0));
    word_scores_[node] *= params_.idf_power == 1.0 ? idf : std::pow(idf, params_.idf_power);
  }
  for (Candidate& c : candidates_) {
    double sum = 0;
    for (uint8_t i = 0; i < c.length; ++i) sum += word_scores_[c.nodes[i]];
    c.score = params_.length_power == 0.0 ? sum : sum / std::pow(static_cast<double>(c.length), params_.length_power);
    if (c.length == 1) c.score *= params_.single_word_weight;
    if (c.in_title) c.score *= params_.title_phrase_weight;
  }
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.first_slot != b.first_slot) return a.first_slot < b.first_slot;
    return a.length > b.length;
  });
}

uint64_t Extractor::document_count(const DocumentFrequency& df, uint32_t term) {
  if (&df.terms() == &terms_) return df.count(term);
  if (counted_table_ != &df) {
    counted_table_ = &df;
    table_counts_.clear();
  }
  if (term >= table_counts_.size()) table_counts_.resize(std::max<size_t>(term + 1, terms_.size()), kUnknownCount);
  uint64_t& count = table_counts_[term];
  if (count == kUnknownCount) {
    uint32_t id = df.terms().find(terms_.stem(term));
    count = id == TermTable::kNone ? 0 : df.count(id);
  }
  return count;
}

bool Extractor::contained_in_selected(const Candidate& c, std::span<const size_t> selected) const {
  for (size_t s : selected) {
    const Candidate& big = candidates_[s];
    for (int start = 0; start + c.length <= big.length; ++start)
      if (std::equal(c.nodes.begin(), c.nodes.begin() + c.length, big.nodes.begin() + start)) return true;
  }
  return false;
}

void Extractor::find_proper_nouns() {
  shouting_.assign(doc_.fields.size(), 0);
  for (size_t f = 0; f < doc_.fields.size(); ++f) shouting_[f] = written_in_capitals(doc_.fields[f].text);
  proper_.assign(doc_.node_terms.size(), 1);
  std::vector<uint8_t> capital_inside(doc_.node_terms.size(), 0);
  for (size_t i = 0; i < doc_.slots.size(); ++i) {
    const Slot& s = doc_.slots[i];
    if (s.node == Slot::kNoNode || shouting_[s.field]) continue;
    CaseShape shape = s.shape;
    if (!shape.first_upper) proper_[s.node] = 0;  // written in lower case somewhere: a common word
    bool inside_sentence = i > 0 && !doc_.slots[i - 1].boundary && !doc_.is_title(s);
    if (shape.first_upper && inside_sentence) capital_inside[s.node] = 1;
  }
  never_lower_ = proper_;
  for (size_t n = 0; n < proper_.size(); ++n) proper_[n] &= capital_inside[n];
}

// Names and acronyms keep their case, other words are folded.  A
// capitalised word that is never written in lower case also keeps its
// capital when the next word of the phrase does: a sentence-initial
// "Hutchison" before "Telecommunications".
std::string Extractor::written_form(uint8_t length, uint32_t first_slot) {
  std::array<std::string_view, kMaxPhraseWords> words;
  std::array<bool, kMaxPhraseWords + 1> keep{};
  for (int i = length - 1; i >= 0; --i) {
    const Slot& s = doc_.slots[first_slot + i];
    words[i] = doc_.text(s);
    if (shouting_[s.field]) continue;
    CaseShape shape = s.shape;
    keep[i] = proper_[s.node] || shape.other_upper || (shape.first_upper && never_lower_[s.node] && keep[i + 1]);
  }
  std::string out;
  for (uint8_t i = 0; i < length; ++i) {
    if (i) out += ' ';
    out += keep[i] ? std::string(words[i]) : lexicon_.fold(words[i]);
  }
  return out;
}

// One form per phrase: the most frequent written form among its
// occurrences ("neural networks" over "neural network" when the text says
// so more often), the first one on a tie.
std::string Extractor::surface(const Candidate& c) {
  if (c.occurrences == 1) return written_form(c.length, c.first_slot);
  std::vector<std::pair<std::string, uint32_t>> forms;
  for (uint32_t j = c.group_begin; j < c.group_begin + c.occurrences; ++j) {
    std::string form = written_form(c.length, occurrence_slots_[j]);
    auto known = std::find_if(forms.begin(), forms.end(), [&](const auto& f) { return f.first == form; });
    if (known == forms.end())
      forms.emplace_back(std::move(form), 1);
    else
      ++known->second;
  }
  auto best =
      std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return best->first;
}

std::string Extractor::stem_key(std::string_view phrase) {
  std::string key;
  size_t from = 0;
  while (from < phrase.size()) {
    size_t end = phrase.find_first_of(" -\t", from);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > from) {
      key += terms_.stem(lexicon_.lookup(phrase.substr(from, end - from)).term);  // cached per word
      key += ' ';
    }
    from = end + 1;
  }
  return key;
}

// stem_key() of a candidate, from its words' interned stems: only
// hyphenated words are stemmed again, part by part.
std::string Extractor::candidate_key(const Candidate& c) {
  std::string key;
  for (uint8_t i = 0; i < c.length; ++i) {
    const Slot& s = doc_.slots[c.first_slot + i];
    std::string_view word = doc_.text(s);
    if (word.find('-') != std::string_view::npos) {
      key += stem_key(word);
    } else {
      key += terms_.stem(doc_.node_terms[s.node]);
      key += ' ';
    }
  }
  return key;
}

std::vector<Keyphrase> Extractor::extract(const DocumentFrequency& df, size_t k) {
  std::vector<Keyphrase> out;
  if (k == 0) return out;
  group_candidates();
  if (candidates_.empty()) return out;
  score_candidates(df);
  find_proper_nouns();
  std::vector<size_t> selected;
  std::vector<std::string> keys;
  const double lambda = params_.shown_word_weight;
  // Greedy: each pick is the candidate best by its words' scores, a word
  // already shown in an earlier pick counting `lambda` of its score.
  // Effective scores only fall, and candidates are sorted by their full
  // score, so each scan stops at the first that cannot win.
  std::vector<uint8_t> shown(word_scores_.size(), 0);
  std::vector<uint8_t> skipped(candidates_.size(), 0);
  auto effective = [&](const Candidate& c) {
    if (lambda == 1.0) return c.score;
    double sum = 0, discounted = 0;
    for (uint8_t w = 0; w < c.length; ++w) {
      sum += word_scores_[c.nodes[w]];
      discounted += word_scores_[c.nodes[w]] * (shown[c.nodes[w]] ? lambda : 1.0);
    }
    return sum > 0 ? c.score * discounted / sum : c.score;
  };
  while (selected.size() < k) {
    size_t pick = candidates_.size();
    double pick_score = -1;
    for (size_t i = 0; i < candidates_.size(); ++i) {
      if (skipped[i]) continue;
      if (candidates_[i].score <= pick_score) break;  // sorted: no later one can beat the pick
      double e = effective(candidates_[i]);
      if (e > pick_score) pick = i, pick_score = e;
    }
    if (pick == candidates_.size()) break;
    skipped[pick] = 1;
    if (params_.drop_contained && contained_in_selected(candidates_[pick], selected)) continue;
    std::string key = candidate_key(candidates_[pick]);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(std::move(key));
    selected.push_back(pick);
    for (uint8_t w = 0; w < candidates_[pick].length; ++w) shown[candidates_[pick].nodes[w]] = 1;
  }
  const double best = candidates_[selected.front()].score;
  for (size_t i : selected) out.push_back({surface(candidates_[i]), best > 0 ? candidates_[i].score / best : 0.0});
  return out;
}

}  // namespace ream::keywords
