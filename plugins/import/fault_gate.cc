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
    if (!out_.issue(Issue{first->line, first->reason, entry_text(p.line, end, *first)})) stopped_ = true;
    return !stopped_;
  }
  return out_.paper(std::move(p));
}

size_t FaultGate::line_offset(uint64_t line) {
  if (line < cursor_line_) {
    cursor_line_ = 1;
    cursor_offset_ = 0;
  }
  while (cursor_line_ < line && cursor_offset_ < original_.size()) {
    size_t nl = original_.find('\n', cursor_offset_);
    cursor_offset_ = nl == std::string_view::npos ? original_.size() : nl + 1;
    ++cursor_line_;
  }
  return cursor_offset_;
}

std::string FaultGate::entry_text(uint64_t first, uint64_t last, const TextFault& fault) {
  if (original_.empty() || first == 0 || first > last) return fault.raw;
  size_t begin = line_offset(first);
  size_t end = last == std::numeric_limits<uint64_t>::max() ? original_.size() : line_offset(last + 1);
  std::string_view text = original_.substr(begin, end - begin);
  // Blank lines after the entry are the file's, not the entry's.
  for (;;) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    size_t last_start = text.rfind('\n') + 1;  // 0 when there is one line
    if (text.empty() || text.find_first_not_of(" \t", last_start) != std::string_view::npos) break;
    text.remove_suffix(text.size() - last_start);
  }
  return text.empty() ? fault.raw : std::string(text);
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
