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
// only warned about.  Given the file's original bytes, an entry's Issue
// carries all its lines as they were (for --reject, to be mended and
// imported again), not only the line with the fault.
#ifndef REAM_IMPORT_FAULT_GATE_HH
#define REAM_IMPORT_FAULT_GATE_HH

#include <optional>
#include <string_view>
#include <vector>

#include "input_text.hh"
#include "paper.hh"

namespace ream::import {

class FaultGate : public PaperSink {
 public:
  // `faults` in line order, as find_line_faults returns them.
  FaultGate(PaperSink& out, std::vector<TextFault> faults, std::string_view original = {})
      : out_(out), faults_(std::move(faults)), original_(original) {
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
  // Lines [first, last] of the original bytes, without the blank lines
  // that end them; the fault's own line when there are no original bytes.
  std::string entry_text(uint64_t first, uint64_t last, const TextFault& fault);
  size_t line_offset(uint64_t line);

  PaperSink& out_;
  std::vector<TextFault> faults_;
  std::vector<bool> used_;
  std::string_view original_;
  uint64_t cursor_line_ = 1;  // line_offset walks on from here: entries come in order
  size_t cursor_offset_ = 0;
  std::optional<Paper> held_;
  bool stopped_ = false;
};

}  // namespace ream::import

#endif
