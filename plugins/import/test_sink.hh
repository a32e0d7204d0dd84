// A PaperSink that keeps everything, for the parsers' unit tests and fuzzers.
#ifndef REAM_IMPORT_TEST_SINK_HH
#define REAM_IMPORT_TEST_SINK_HH

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

class CollectingSink : public PaperSink {
 public:
  bool paper(Paper&& p) override {
    papers.push_back(std::move(p));
    return papers.size() < stop_after;
  }
  bool issue(Issue&& i) override {
    issues.push_back(std::move(i));
    return true;
  }
  void warning(uint64_t line, const std::string& message) override { warnings.emplace_back(line, message); }

  std::vector<std::string> titles() const {
    std::vector<std::string> out;
    for (const auto& p : papers) out.push_back(p.title);
    return out;
  }

  size_t stop_after = static_cast<size_t>(-1);
  std::vector<Paper> papers;
  std::vector<Issue> issues;
  std::vector<std::pair<uint64_t, std::string>> warnings;
};

}  // namespace ream::import

#endif
