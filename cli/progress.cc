#include "progress.hh"

#include <unistd.h>

#include <fmt/format.h>

#include <cstdio>

namespace ream::cli {

ProgressLine::ProgressLine(bool forced, bool quiet) {
  terminal_ = isatty(STDERR_FILENO) == 1;
  enabled_ = !quiet && (forced || terminal_);
  start_ = last_ = std::chrono::steady_clock::now();
}

std::string ProgressLine::format(uint64_t records, uint64_t bytes, uint64_t total, double seconds) {
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::string out = fmt::format("ream: {} records, {:.1f} MB, {:.1f} MB/s, {:.1f} s", records, mb, rate, seconds);
  if (total > 0 && bytes <= total) {
    double done = static_cast<double>(bytes) / static_cast<double>(total);
    out += fmt::format(", {:.0f}%", done * 100);
    if (done > 0 && done < 1) out += fmt::format(", ETA {:.0f} s", seconds / done - seconds);
  }
  return out;
}

void ProgressLine::update(uint64_t records, uint64_t bytes, uint64_t total) {
  records_ = records;
  bytes_ = bytes;
  total_ = total;
  auto now = std::chrono::steady_clock::now();
  auto every = terminal_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(2000);
  if (now - last_ < every) return;
  last_ = now;
  draw(false);
}

void ProgressLine::draw(bool final) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string line = format(records_, bytes_, total_, seconds);
  if (terminal_)
    std::fprintf(stderr, "\r\x1b[K%s%s", line.c_str(), final ? "\n" : "");
  else
    std::fprintf(stderr, "%s\n", line.c_str());
  std::fflush(stderr);
  drawn_ = !final;
}

void ProgressLine::clear() {
  if (enabled_ && terminal_ && drawn_) {
    std::fputs("\r\x1b[K", stderr);
    drawn_ = false;
  }
}

void ProgressLine::finish() {
  if (!enabled_) return;
  if (terminal_ && !drawn_ && records_ == 0 && bytes_ == 0) return;
  draw(true);
}

}  // namespace ream::cli
