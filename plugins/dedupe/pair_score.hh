// The decision for one candidate pair, with the evidence behind it.
#ifndef REAM_DEDUPE_PAIR_SCORE_HH
#define REAM_DEDUPE_PAIR_SCORE_HH

#include <string_view>

#include "record_fields.hh"
#include "vetoes.hh"

namespace ream::dedupe {

enum class Decision : uint8_t { distinct, match, conflict };

std::string_view decision_name(Decision d);

struct Evidence {
  Decision decision = Decision::distinct;
  // For a match the rule that fired ("identifier", "title",
  // "title+fields", "contained-title+fields", "generic-title+fields");
  // otherwise why not.
  std::string_view rule;
  FieldComparison fields;
  VetoResult vetoes;
};

Evidence score_pair(const Features& a, const Features& b);

}  // namespace ream::dedupe

#endif
