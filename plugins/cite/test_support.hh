// Helpers for the cite unit tests: the ids (or spans) a scan produced.
#ifndef REAM_CITE_TEST_SUPPORT_HH
#define REAM_CITE_TEST_SUPPORT_HH

#include <string>
#include <vector>

#include "find_references.hh"

namespace ream::cite::testing {

// The ids of kind `kind` that find_references reports in `text`.
inline std::vector<std::string> ids(Kind kind, std::string_view text) {
  ScanPolicy policy;
  policy.latest_yymm = 2512;
  std::vector<std::string> out;
  for (const auto& r : find_references(text, policy))
    if (r.kind == kind) out.push_back(r.id);
  return out;
}

using List = std::vector<std::string>;

}  // namespace ream::cite::testing

#endif  // REAM_CITE_TEST_SUPPORT_HH
