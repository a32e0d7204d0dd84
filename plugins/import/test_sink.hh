// PaperSinks for the parsers' unit tests and fuzzers.
#ifndef REAM_IMPORT_TEST_SINK_HH
#define REAM_IMPORT_TEST_SINK_HH

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

// Keeps everything, for assertions.
class CollectingSink : public PaperSink {
 public:
  bool paper(Paper&& p) override {
    papers.push_back(std::move(p));
    return papers.size() < stop_after;
  }
  bool issue(Issue&& i) override {
    issues.push_back(std::move(i));
    return keep_going;
  }
  void warning(uint64_t line, const std::string& message) override { warnings.emplace_back(line, message); }

  std::vector<std::string> titles() const {
    std::vector<std::string> out;
    for (const auto& p : papers) out.push_back(p.title);
    return out;
  }
  // The value of an extra field, or "" when absent.
  static std::string extra(const Paper& p, const std::string& name) {
    for (const auto& [n, v] : p.extra)
      if (n == name) return v;
    return std::string();
  }
  // The JSON text of an extra JSON-valued field, or "" when absent.
  static std::string extra_json(const Paper& p, const std::string& name) {
    for (const auto& [n, v] : p.extra_json)
      if (n == name) return v;
    return std::string();
  }

  size_t stop_after = static_cast<size_t>(-1);
  bool keep_going = true;  // what issue() answers: false stops the parser
  std::vector<Paper> papers;
  std::vector<Issue> issues;
  std::vector<std::pair<uint64_t, std::string>> warnings;
};

// Everything a parser says, as one line of text each, in order: two
// parses said the same when their logs are equal.
class LoggingSink : public PaperSink {
 public:
  bool paper(Paper&& p) override {
    std::string line = "paper " + std::to_string(p.line) + "-" + std::to_string(p.end_line) + " '" + p.title + "' ";
    for (const auto& a : p.authors) line += a + "; ";
    line += "abstract '" + p.abstract + "' date '" + p.date + "' doi '" + p.doi + "' venue '" + p.venue + "'";
    for (const auto& [k, v] : p.extra) line += " " + k + "=" + v;
    for (const auto& [k, v] : p.extra_json) line += " " + k + ":" + v;
    log.push_back(std::move(line));
    return true;
  }
  bool issue(Issue&& i) override {
    log.push_back("issue " + std::to_string(i.line) + " " + i.reason + " [" + i.raw + "]");
    return true;
  }
  void warning(uint64_t line, const std::string& message) override {
    log.push_back("warning " + std::to_string(line) + " " + message);
  }
  std::vector<std::string> log;
};

// Counts papers without keeping them, so long fuzzing runs stay small.
class CountingSink : public PaperSink {
 public:
  bool paper(Paper&&) override { return ++papers < 100000; }
  bool issue(Issue&&) override { return true; }
  void warning(uint64_t, const std::string&) override {}
  size_t papers = 0;
};

}  // namespace ream::import

#endif
