// A PaperSink that keeps everything, for the BibTeX and RIS unit tests and
// fuzzers.
#ifndef REAM_IMPORT_BIBTEX_TEST_SINK_HH
#define REAM_IMPORT_BIBTEX_TEST_SINK_HH

#include <string>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

class KeepingSink : public PaperSink {
 public:
  bool paper(Paper&& p) override {
    papers.push_back(std::move(p));
    return true;
  }
  bool issue(Issue&& i) override {
    issues.push_back(std::move(i));
    return keep_going;
  }
  void warning(uint64_t line, const std::string& message) override { warnings.emplace_back(line, message); }

  // The value of an extra field, or "" when absent.
  static std::string extra(const Paper& p, const std::string& name) {
    for (const auto& [n, v] : p.extra)
      if (n == name) return v;
    return std::string();
  }

  bool keep_going = true;
  std::vector<Paper> papers;
  std::vector<Issue> issues;
  std::vector<std::pair<uint64_t, std::string>> warnings;
};

}  // namespace ream::import

#endif
