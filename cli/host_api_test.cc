// The host's sealed record text (ream_host.record_json_sealed and
// record_parse_sealed): text that still matches its seal is made a record
// without a second check; anything else is checked as input is.
#include <catch2/catch.hpp>

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
