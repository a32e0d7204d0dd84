// What a parser said, kept in order to be said again later.
//
// A parser that reads pieces of a file on several threads (bibtex.cc)
// gives each piece a PaperLog, and once every piece is read and found
// sound, replays the logs in file order into the real sink: papers,
// issues and warnings then reach it exactly as one pass would have sent
// them, and it stops the replay when it wants no more.
#ifndef REAM_IMPORT_PAPER_LOG_HH
#define REAM_IMPORT_PAPER_LOG_HH

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

class PaperLog : public PaperSink {
 public:
  bool paper(Paper&& p) override {
    events_.push_back({Kind::kPaper, papers_.size()});
    papers_.push_back(std::move(p));
    return true;
  }
  bool issue(Issue&& i) override {
    events_.push_back({Kind::kIssue, issues_.size()});
    issues_.push_back(std::move(i));
    return true;
  }
  void warning(uint64_t line, const std::string& message) override {
    events_.push_back({Kind::kWarning, warnings_.size()});
    warnings_.emplace_back(line, message);
  }

  // Says everything again, in order, into `out`; false when `out` stopped
  // taking it.  The log is spent afterwards.
  bool replay(PaperSink& out) {
    for (const Event& e : events_) {
      switch (e.kind) {
        case Kind::kPaper:
          if (!out.paper(std::move(papers_[e.index]))) return false;
          break;
        case Kind::kIssue:
          if (!out.issue(std::move(issues_[e.index]))) return false;
          break;
        case Kind::kWarning:
          out.warning(warnings_[e.index].first, warnings_[e.index].second);
          break;
      }
    }
    return true;
  }

 private:
  enum class Kind : uint8_t { kPaper, kIssue, kWarning };
  struct Event {
    Kind kind;
    size_t index;
  };
  std::vector<Event> events_;
  std::vector<Paper> papers_;
  std::vector<Issue> issues_;
  std::vector<std::pair<uint64_t, std::string>> warnings_;
};

}  // namespace ream::import

#endif
