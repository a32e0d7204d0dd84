#include "fault_gate.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;

namespace {
Paper paper(uint64_t line, uint64_t end_line, std::string title) {
  Paper p;
  p.line = line;
  p.end_line = end_line;
  p.title = std::move(title);
  return p;
}
TextFault fault(uint64_t line) { return TextFault{line, "NUL byte", "raw"}; }
}  // namespace

TEST_CASE("fault gate: only the entry holding the fault becomes an issue") {
  CollectingSink out;
  FaultGate gate(out, {fault(5)});
  gate.paper(paper(1, 3, "A"));
  gate.paper(paper(4, 6, "B"));
  gate.paper(paper(7, 9, "C"));
  gate.finish();
  CHECK(out.titles() == std::vector<std::string>{"A", "C"});
  REQUIRE(out.issues.size() == 1);
  CHECK(out.issues[0].line == 5);
  CHECK(out.issues[0].raw == "raw");
  CHECK(out.warnings.empty());
}

TEST_CASE("fault gate: an entry with two faults is one issue, and neither is warned about as outside") {
  CollectingSink out;
  FaultGate gate(out, {fault(2), fault(3), fault(6)});
  gate.paper(paper(1, 4, "A"));  // holds lines 2 and 3
  gate.paper(paper(5, 0, "B"));  // no known end: runs on, holds line 6
  gate.finish();
  CHECK(out.titles().empty());
  REQUIRE(out.issues.size() == 2);
  CHECK(out.issues[0].line == 2);
  CHECK(out.issues[1].line == 6);
  CHECK(out.warnings.empty());
}

TEST_CASE("fault gate: with the original bytes, the issue carries the whole entry as it was") {
  std::string original =
      "TY  - JOUR\nAU  - M\xFCller, J.\nER  - \n  \nTY  - JOUR\nTI  - Fine\nER  - \n\n"
      "TY  - JOUR\nTI  - Caf\xE9\r\n\r\n";
  CollectingSink out;
  FaultGate gate(out, {fault(2), fault(10)}, original);
  gate.paper(paper(1, 3, "A"));
  gate.paper(paper(5, 7, "B"));
  gate.paper(paper(9, 0, "C"));  // no known end: runs to the end of the file
  gate.finish();
  CHECK(out.titles() == std::vector<std::string>{"B"});
  REQUIRE(out.issues.size() == 2);
  CHECK(out.issues[0].raw == "TY  - JOUR\nAU  - M\xFCller, J.\nER  - ");
  CHECK(out.issues[1].raw == "TY  - JOUR\nTI  - Caf\xE9");
}

TEST_CASE("fault gate: an entry with no known end runs to the next one") {
  CollectingSink out;
  FaultGate gate(out, {fault(3), fault(12)});
  gate.paper(paper(1, 0, "A"));   // lines 1-4: holds line 3
  gate.paper(paper(5, 0, "B"));   // lines 5-9
  gate.paper(paper(10, 0, "C"));  // lines 10-: holds line 12
  gate.finish();
  CHECK(out.titles() == std::vector<std::string>{"B"});
  CHECK(out.issues.size() == 2);
}

TEST_CASE("fault gate: a fault between entries loses nothing and is warned about") {
  CollectingSink out;
  FaultGate gate(out, {fault(4)});
  gate.paper(paper(1, 3, "A"));
  gate.paper(paper(5, 6, "B"));
  gate.finish();
  CHECK(out.titles() == std::vector<std::string>{"A", "B"});
  REQUIRE(out.warnings.size() == 1);
  CHECK(out.warnings[0].second == "NUL byte outside any entry; ignored");
}

TEST_CASE("fault gate: --on-error=fail stops at the first bad entry") {
  CollectingSink out;
  out.keep_going = false;
  FaultGate gate(out, {fault(2), fault(8)});
  CHECK(!gate.paper(paper(1, 3, "A")));
  gate.finish();
  CHECK(out.issues.size() == 1);
  CHECK(out.warnings.empty());
}
