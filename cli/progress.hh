// The progress line on standard error.
//
// Shown when standard error is a terminal (or with --progress), never on
// standard output and never with --quiet.  On a terminal it redraws one
// line in place; elsewhere (--progress into a log) it prints a line every
// few seconds.  Redraws are throttled so that progress costs nothing
// measurable on fast runs.
#ifndef REAM_CLI_PROGRESS_HH
#define REAM_CLI_PROGRESS_HH

#include <chrono>
#include <cstdint>
#include <string>

namespace ream::cli {

class ProgressLine {
 public:
  ProgressLine(bool forced, bool quiet);
  bool enabled() const { return enabled_; }
  void update(uint64_t records, uint64_t bytes, uint64_t total);
  void clear();   // erase the line (before an error message)
  void finish();  // the final figures, then a newline

  // The text of one progress line (exposed for tests).
  static std::string format(uint64_t records, uint64_t bytes, uint64_t total, double seconds);

 private:
  void draw(bool final);

  bool enabled_ = false;
  bool terminal_ = false;
  bool drawn_ = false;
  uint64_t records_ = 0, bytes_ = 0, total_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace ream::cli

#endif
