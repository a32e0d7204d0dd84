// The --ream-describe answer parser: what it accepts, and the exact
// reason it gives for what it refuses.
#include "exec_describe.hh"

#include <catch2/catch.hpp>

using ream::cli::parse_description;

TEST_CASE("describe: a full answer becomes option specs") {
  auto d = parse_description(R"({"summary":"s","description":"d","positional":"FILE","positional_help":"h",
    "options":[{"name":"year","short":"y","type":"int","value_name":"N","default":"2020","help":"from",
                "required":true,"repeatable":true,"list":false}]})");
  CHECK(d.summary == "s");
  CHECK(d.positional == "FILE");
  REQUIRE(d.options.size() == 1);
  const auto& o = d.options[0];
  CHECK(o.name == "year");
  CHECK(o.short_name == 'y');
  CHECK(o.type == REAM_OPT_INT);
  CHECK(o.has_default);
  CHECK(o.default_value == "2020");
  CHECK_FALSE(o.has_choices);
  CHECK(o.flags == (REAM_OPT_REQUIRED | REAM_OPT_REPEATABLE));
}

TEST_CASE("describe: an option without a type is a string") {
  auto d = parse_description(R"({"summary":"s","options":[{"name":"x"}]})");
  CHECK(d.options.at(0).type == REAM_OPT_STRING);
}

TEST_CASE("describe: malformed answers name what is wrong") {
  auto reason = [](const char* json) {
    try {
      parse_description(json);
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(reason("not json") == "the answer is not one JSON object");
  CHECK(reason("[1]") == "the answer is not one JSON object");
  CHECK(reason(R"({"summary":1})") == "\"summary\" must be a string");
  CHECK(reason(R"({"kind":"source"})") == "kind \"source\": an executable plugin is a transform");
  CHECK(reason(R"({"options":{}})") == "\"options\" must be an array");
  CHECK(reason(R"({"options":[{"name":"--x"}]})") == "an option needs a name without dashes");
  CHECK(reason(R"({"options":[{"name":"x","short":"xy"}]})") == "option x: \"short\" is one letter");
  CHECK(reason(R"({"options":[{"name":"x","type":"choice"}]})") == "option x: a choice needs \"choices\"");
  CHECK(reason(R"({"options":[{"name":"x","required":"yes"}]})") == "\"required\" must be true or false");
}
