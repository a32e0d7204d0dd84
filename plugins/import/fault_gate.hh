// Skipping only the entries that hold an invalid byte.
//
// The stage finds every line with a NUL or malformed UTF-8 before parsing
// (input_text.hh), hands the parser a copy with those bytes replaced, and
// puts a FaultGate between the parser and the record sink.  The gate
// turns each paper whose lines hold a fault into an Issue (so
// --on-error=skip drops that entry alone, counted, as `ream cat` does
// with a bad line) and lets the others through.  A paper's lines are
// [line, end_line] when the parser knows its end, and otherwise run up to
// the line before the next paper or issue; such papers are held back one
// step.  A fault inside no paper (a BibTeX comment) loses nothing and is
// only warned about.
#ifndef REAM_IMPORT_FAULT_GATE_HH
#define REAM_IMPORT_FAULT_GATE_HH

#include <optional>
#include <vector>

#include "input_text.hh"
#include "paper.hh"

namespace ream::import {

class FaultGate : public PaperSink {
 public:
  // `faults` in line order, as find_line_faults returns them.
  FaultGate(PaperSink& out, std::vector<TextFault> faults) : out_(out), faults_(std::move(faults)) {
    used_.assign(faults_.size(), false);
  }

  bool paper(Paper&& p) override;
  bool issue(Issue&& i) override;
  void warning(uint64_t line, const std::string& message) override { out_.warning(line, message); }
  // Passes on a held paper and warns about faults no paper held; call
  // once after the parser returns.
  void finish();

 private:
  // Sends `p`, whose lines end at `end`, or its fault as an Issue.
  bool place(Paper&& p, uint64_t end);
  bool release_held(uint64_t end);

  PaperSink& out_;
  std::vector<TextFault> faults_;
  std::vector<bool> used_;
  std::optional<Paper> held_;
  bool stopped_ = false;
};

}  // namespace ream::import

#endif
