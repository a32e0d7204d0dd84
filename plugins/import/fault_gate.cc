// See fault_gate.hh.
#include "fault_gate.hh"

#include <algorithm>
#include <limits>

namespace ream::import {

bool FaultGate::place(Paper&& p, uint64_t end) {
  auto first = std::lower_bound(faults_.begin(), faults_.end(), p.line,
                                [](const TextFault& f, uint64_t line) { return f.line < line; });
  if (first != faults_.end() && first->line <= end) {
    // The entry is skipped for its first fault; the others in it go with
    // it and are not faults "outside any entry".
    for (auto f = first; f != faults_.end() && f->line <= end; ++f)
      used_[static_cast<size_t>(f - faults_.begin())] = true;
    if (!out_.issue(Issue{first->line, first->reason, first->raw})) stopped_ = true;
    return !stopped_;
  }
  return out_.paper(std::move(p));
}

bool FaultGate::release_held(uint64_t end) {
  if (!held_) return true;
  Paper p = std::move(*held_);
  held_.reset();
  end = std::max(end, p.line);
  return place(std::move(p), end);
}

bool FaultGate::paper(Paper&& p) {
  if (faults_.empty()) return out_.paper(std::move(p));
  if (!release_held(p.line - 1)) return false;
  if (p.end_line != 0) return place(std::move(p), p.end_line);
  held_ = std::move(p);
  return true;
}

bool FaultGate::issue(Issue&& i) {
  if (!release_held(i.line == 0 ? 0 : i.line - 1)) return false;
  // The parser's own complaint about an entry covers a fault inside it.
  for (size_t k = 0; k < faults_.size(); ++k)
    if (faults_[k].line == i.line) used_[k] = true;
  if (!out_.issue(std::move(i))) stopped_ = true;
  return !stopped_;
}

void FaultGate::finish() {
  if (stopped_ || !release_held(std::numeric_limits<uint64_t>::max()) || stopped_) return;
  for (size_t k = 0; k < faults_.size(); ++k)
    if (!used_[k]) out_.warning(faults_[k].line, faults_[k].reason + " outside any entry; ignored");
}

}  // namespace ream::import
