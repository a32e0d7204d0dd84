// The host's sealed record text (ream_host.record_json_sealed and
// record_parse_sealed): text that still matches its seal is made a record
// without a second check; anything else is checked as input is.  And the
// SDK's Context::emit_json (ABI 1.6) on a host that has it and on one
// older than 1.6, where it emits the record made from the text instead.
#include <ream/plugin.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline.hh"
#include "record.hh"

namespace {

std::string_view view(ream_str s) { return {s.data, s.size}; }
ream_str str(std::string_view s) { return {s.data(), s.size()}; }

// A record of the host's, as a plugin holds it.
ream_record* record_of(const ream_host* host, std::string_view json) {
  ream_record* rec = host->record_parse(str(json), nullptr);
  REQUIRE(rec);
  return rec;
}

}  // namespace

TEST_CASE("sealed text is made the same record again") {
  const ream_host* host = ream::cli::host_table();
  ream_record* rec = record_of(host, R"({"a": 0.50, "b":["x", {"c":null}],"s":"caf\u00e9"})");
  uint64_t seal = 0;
  std::string text(view(host->record_json_sealed(rec, &seal)));
  CHECK(text == view(host->record_json(rec)));
  ream_record* again = host->record_parse_sealed(str(text), seal, nullptr);
  REQUIRE(again);
  CHECK(view(host->record_json(again)) == text);
  ream_str value{};
  REQUIRE(host->get_string(again, str("s"), &value));
  CHECK(view(value) == "caf\xC3\xA9");
  host->record_free(again);
  host->record_free(rec);
}

TEST_CASE("text that does not match its seal is checked as any input") {
  const ream_host* host = ream::cli::host_table();
  ream_record* rec = record_of(host, R"({"a":1})");
  uint64_t seal = 0;
  std::string text(view(host->record_json_sealed(rec, &seal)));
  host->record_free(rec);

  ream_str error{};
  std::string broken = text.substr(0, text.size() - 1);  // the closing brace lost
  CHECK_FALSE(host->record_parse_sealed(str(broken), seal, &error));
  CHECK(view(error).starts_with("invalid JSON"));
  CHECK_FALSE(host->record_parse_sealed(str("[1]"), seal, &error));
  CHECK(view(error) == "not a JSON object");

  ream_record* other = host->record_parse_sealed(str(R"({"a":2})"), seal, nullptr);  // valid, so taken
  REQUIRE(other);
  CHECK(view(host->record_json(other)) == R"({"a":2})");
  host->record_free(other);
}

namespace {

// What a stand-in for an older host's emit was given: each record's text
// and origin.
std::vector<std::string> g_emitted;
ream_status emit_captured(ream_context*, ream_record* rec) {
  const ream_host* host = ream::cli::host_table();
  ream_str file{};
  uint64_t line = 0;
  std::string origin =
      host->record_origin(rec, &file, &line) ? std::string(view(file)) + ":" + std::to_string(line) : "";
  g_emitted.push_back(std::string(view(host->record_json(rec))) + " " + origin);
  host->record_free(rec);
  return REAM_OK;
}

}  // namespace

TEST_CASE("this host offers emit_json (ABI 1.6)") {
  const ream_host* host = ream::cli::host_table();
  CHECK(host->abi_minor >= 6);
  CHECK(host->size >= offsetof(ream_host, emit_json) + sizeof host->emit_json);
  CHECK(host->emit_json != nullptr);
}

TEST_CASE("on a host older than 1.6, emit_json emits the record made from the text") {
  ream_host older = *ream::cli::host_table();
  older.size = offsetof(ream_host, emit_json);  // the table of a 1.5 host ends before emit_json
  older.abi_minor = 5;
  older.emit_json = nullptr;
  older.emit = emit_captured;
  ream::Context ctx(&older, nullptr, nullptr);
  g_emitted.clear();

  ream::Record rec = ctx.parse(R"({"id":"a", "n": [1, 2]})");
  uint64_t seal = 0;
  std::string_view text = rec.json(seal);
  CHECK(ctx.emit_json(text, seal, "f.ris", 7));
  CHECK(ctx.emit_json(R"({ "id" : "b" })", 0, "f.ris", 9));  // not sealed: checked, written as the host writes
  CHECK(ctx.emit_json(R"({"id":"c"})", 0));                  // no origin given
  REQUIRE(g_emitted.size() == 3);
  CHECK(g_emitted[0] == R"({"id":"a","n":[1, 2]} f.ris:7)");
  CHECK(g_emitted[1] == R"({"id":"b"} f.ris:9)");
  CHECK(g_emitted[2] == R"({"id":"c"} )");

  try {
    ctx.emit_json(R"({"id":)", 0, "f.ris", 11);
    FAIL("broken text was emitted");
  } catch (const ream::DataError& e) {
    CHECK(std::string(e.what()).starts_with("invalid JSON"));
  }
  CHECK(g_emitted.size() == 3);
}
