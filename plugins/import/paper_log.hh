// What a parser said, kept in order to be said again later.
//
// A parser that reads pieces of a file on several threads (bibtex.cc)
// gives each piece a PaperLog, and once every piece is read and found
// sound, replays the logs in file order into the real sink: papers,
// issues and warnings then reach it exactly as one pass would have sent
// them, and it stops the replay when it wants no more.  The import stage
// (plugin.cc) keeps its pieces and batches in PaperLogs too, turns the
// papers into records on a worker (papers()), and replays the log with
// those records in the papers' places (replay_with).
#ifndef REAM_IMPORT_PAPER_LOG_HH
#define REAM_IMPORT_PAPER_LOG_HH

#include <cstddef>
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
    return replay_with([&](size_t k) { return out.paper(std::move(papers_[k])); }, out);
  }
  // The same with on_paper(k) called in the place of the k-th paper
  // (papers() may have been spent meanwhile); `out` takes the issues and
  // warnings as a PaperSink does.
  template <class OnPaper, class Out>
  bool replay_with(OnPaper&& on_paper, Out& out) {
    for (const Event& e : events_) {
      switch (e.kind) {
        case Kind::kPaper:
          if (!on_paper(e.index)) return false;
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

  std::vector<Paper>& papers() { return papers_; }
  // Empty again, its buffers kept for the next use.
  void clear() {
    events_.clear();
    papers_.clear();
    issues_.clear();
    warnings_.clear();
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
