#include "record.hh"

#include <catch2/catch.hpp>

using ream::cli::Record;

namespace {
std::unique_ptr<Record> parse(std::string line) {
  std::string error;
  auto rec = Record::parse(line, &error);
  INFO(error);
  REQUIRE(rec);
  return rec;
}

std::string parse_error(std::string line) {
  std::string error;
  REQUIRE_FALSE(Record::parse(line, &error));
  REQUIRE(line.size() > 0);  // the line is left for the --reject file
  return error;
}
}  // namespace

TEST_CASE("untouched fields pass through byte for byte, in order") {
  auto rec = parse(R"({"z":0.50,"a":[1, 2],"big":123456789012345678901234567890,"s":"caf\u00e9"})");
  CHECK(rec->json() == R"({"z":0.50,"a":[1, 2],"big":123456789012345678901234567890,"s":"caf\u00e9"})");
}

TEST_CASE("white space between top-level members is dropped") {
  auto rec = parse("  { \"a\" : 1 ,\t\"b\":\"x\" }  ");
  CHECK(rec->json() == R"({"a":1,"b":"x"})");
}

TEST_CASE("empty object") { CHECK(parse("{}")->json() == "{}"); }

TEST_CASE("the last of duplicate keys wins, at the first one's place") {
  CHECK(parse(R"({"a":1,"b":2,"a":3})")->json() == R"({"a":3,"b":2})");
}

// A compact line is handed over whole (json() is the line's own bytes);
// every other line, and a compact one once a field changes, is put
// together member by member.  Both ways must write the same bytes.
TEST_CASE("a compact line is written as it was read, until a field changes") {
  std::string line = R"({"a":1,"b":{"c" : [1, 2]},"d":"x y"})";
  auto rec = parse(line);
  CHECK(rec->json() == line);
  std::string out = "<";
  rec->append_json(out);
  CHECK(out == "<" + line);
  REQUIRE(rec->set_json("a", "2"));
  CHECK(rec->json() == R"({"a":2,"b":{"c" : [1, 2]},"d":"x y"})");
  REQUIRE(rec->remove("b"));
  CHECK(rec->json() == R"({"a":2,"d":"x y"})");
}

TEST_CASE("white space anywhere between top-level tokens is not compact") {
  for (std::string line : {R"( {"a":1})", R"({ "a":1})", R"({"a" :1})", R"({"a": 1})", R"({"a":1 ,"b":2})",
                           R"({"a":1, "b":2})", R"({"a":1 })", R"({"a":1} )", "{\"a\":1}\r"}) {
    INFO(line);
    CHECK(parse(line)->json() == R"({"a":1)" + std::string(line.find('b') != std::string::npos ? R"(,"b":2})" : "}"));
  }
}

TEST_CASE("a compact line with a key twice is written without the first") {
  auto rec = parse(R"({"a":1,"a":2})");
  CHECK(rec->json() == R"({"a":2})");
  CHECK(rec->clone()->json() == R"({"a":2})");
}

TEST_CASE("malformed lines are refused with a reason") {
  CHECK(parse_error("[1,2]") == "not a JSON object");
  CHECK(parse_error("42") == "not a JSON object");
  CHECK(parse_error(R"({"a":1,})").rfind("invalid JSON at byte", 0) == 0);
  CHECK(parse_error(R"({"a":1} x)") == "invalid JSON at byte 9: extra data");
  CHECK(parse_error("{\"a\":\"\xff\"}").rfind("invalid JSON", 0) == 0);
}

TEST_CASE("string fields decode escapes") {
  auto rec = parse(R"({"t":"a\"b\\c\u00e9","plain":"x"})");
  CHECK(*rec->string_value(*rec->find("t")) == "a\"b\\c\xc3\xa9");
  CHECK(*rec->string_value(*rec->find("plain")) == "x");
  CHECK_FALSE(rec->find("missing"));
}

TEST_CASE("escaped keys are decoded for lookup and written as they were") {
  auto rec = parse(R"({"t\u0069tle":"x"})");
  REQUIRE(rec->find("title"));
  CHECK(rec->json() == R"({"t\u0069tle":"x"})");
}

TEST_CASE("setting a field keeps its place; a new one is appended") {
  auto rec = parse(R"({"a":1,"b":2})");
  rec->set_string("a", "new \"quoted\"");
  rec->set_raw("c", "[true]");
  CHECK(rec->json() == R"({"a":"new \"quoted\"","b":2,"c":[true]})");
  CHECK(rec->remove("b"));
  CHECK_FALSE(rec->remove("b"));
  CHECK(rec->json() == R"({"a":"new \"quoted\"","c":[true]})");
}

TEST_CASE("set_json validates and compacts multi-line values") {
  auto rec = parse("{}");
  CHECK_FALSE(rec->set_json("x", "{bad"));
  CHECK(rec->set_json("x", " {\n \"k\" : 1\n} "));
  CHECK(rec->json() == R"({"x":{"k":1}})");
}

TEST_CASE("set_string refuses invalid UTF-8") {
  auto rec = parse("{}");
  CHECK_FALSE(rec->set_string("x", "\xc3("));
  CHECK(rec->json() == "{}");
}

TEST_CASE("set_strings writes what the JSON serialiser writes, escapes and UTF-8 included") {
  auto rec = parse(R"({"k":1})");
  std::vector<std::string_view> items = {"plain",
                                         "",
                                         "say \"hi\"",
                                         "back\\slash",
                                         "tab\tnl\n\x01",
                                         "Gr\xc3\xbc\xc3\x9f"
                                         "e \xe2\x80\xa8"};
  REQUIRE(rec->set_strings("k", items));
  std::string expected = "[";
  for (size_t i = 0; i < items.size(); ++i) expected += (i ? "," : "") + ream::cli::quote(items[i]);
  CHECK(rec->json() == "{\"k\":" + expected + "]}");
  CHECK(rec->json() == R"({"k":["plain","","say \"hi\"","back\\slash","tab\tnl\n\u0001","Grüße )"
                       "\xe2\x80\xa8"
                       R"("]})");
}

TEST_CASE("set_strings refuses invalid UTF-8 in any item and leaves the field as it was") {
  auto rec = parse(R"({"k":1})");
  for (std::string_view bad : {"\xc3(", "\xed\xa0\x80", "\xc0\xaf", "ok\xff"}) {
    std::vector<std::string_view> items = {"fine", bad};
    CHECK_FALSE(rec->set_strings("k", items));
  }
  CHECK(rec->json() == R"({"k":1})");
  std::vector<std::string_view> none;
  REQUIRE(rec->set_strings("k", none));
  CHECK(rec->json() == R"({"k":[]})");
}

TEST_CASE("array strings are decoded, other elements marked") {
  auto rec = parse(R"({"authors":["A","B\u00e9",3]})");
  auto* items = rec->array_strings(*rec->find("authors"));
  REQUIRE(items);
  REQUIRE(items->size() == 3);
  CHECK(*(*items)[1] == "B\xc3\xa9");
  CHECK_FALSE((*items)[2]);
}

TEST_CASE("a clone is independent of its original") {
  auto rec = parse(R"({"k\u0065y":"v","n":1})");
  rec->set_string("added", "x");
  auto copy = rec->clone();
  rec->set_string("n", "changed");
  rec.reset();
  CHECK(copy->json() == R"({"k\u0065y":"v","n":1,"added":"x"})");
  CHECK(copy->find("key"));
}

TEST_CASE("nested values with strings holding brackets split correctly") {
  auto rec = parse(R"({"a":{"x":"}]\"","y":[{"z":","}]},"b":"{"})");
  CHECK(rec->size() == 2);
  CHECK(rec->find("a")->value == R"({"x":"}]\"","y":[{"z":","}]})");
  CHECK(rec->find("b")->value == R"("{")");
}
