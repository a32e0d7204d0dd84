// Sort keys order records as ream-sort(1) says: numbers numerically,
// strings by collation, missing last both ways, stable on ties.
#include "sort_key.hh"

#include <catch2/catch.hpp>

using namespace ream::sort;

namespace {

// The key of a record with one field given as JSON text (nullopt: missing).
std::string key_of(const KeyMaker& maker, std::optional<std::string> json, uint64_t seq = 0,
                   std::optional<std::string> decoded = std::nullopt) {
  std::vector<std::optional<std::string_view>> values{json ? std::optional<std::string_view>(*json) : std::nullopt};
  if (json && !decoded && json->front() == '"') decoded = json->substr(1, json->size() - 2);
  std::vector<std::optional<std::string_view>> texts{decoded ? std::optional<std::string_view>(*decoded)
                                                             : std::nullopt};
  std::string out;
  maker.append(out, values, texts, seq);
  return out;
}

}  // namespace

TEST_CASE("numbers sort numerically, negative and fractional ones included") {
  KeyMaker up(parse_keys({"n"}, false), "");
  CHECK(key_of(up, "-10") < key_of(up, "-2.5"));
  CHECK(key_of(up, "-2.5") < key_of(up, "0"));
  CHECK(key_of(up, "-0", 0) == key_of(up, "0", 0));
  CHECK(key_of(up, "9") < key_of(up, "10"));
  CHECK(key_of(up, "1e3") > key_of(up, "999.5"));
}

TEST_CASE("descending reverses values but keeps missing and null last") {
  KeyMaker down(parse_keys({"-n"}, false), "");
  CHECK(key_of(down, "10") < key_of(down, "9"));
  CHECK(key_of(down, "9") < key_of(down, std::nullopt));
  CHECK(key_of(down, "9") < key_of(down, "null"));
  CHECK(key_of(down, "\"b\"") < key_of(down, "\"a\""));
  CHECK(key_of(down, "\"abc\"") < key_of(down, "\"ab\""));  // a longer string is greater
  KeyMaker up(parse_keys({"n"}, false), "");
  CHECK(key_of(up, "9") < key_of(up, std::nullopt));
  KeyMaker reversed(parse_keys({"-n"}, true), "");  // -r flips a descending key back
  CHECK(key_of(reversed, "9") < key_of(reversed, "10"));
}

TEST_CASE("strings follow the locale's collation") {
  KeyMaker root(parse_keys({"t"}, false), "");
  CHECK(key_of(root, "\"apple\"") < key_of(root, "\"Banana\""));            // not byte order
  CHECK(key_of(root, "\"\xC3\xA9t\xC3\xA9\"") < key_of(root, "\"ezra\""));  // été before ezra
  KeyMaker swedish(parse_keys({"t"}, false), "sv");
  KeyMaker german(parse_keys({"t"}, false), "de");
  std::string z = "\"zebra\"", oe = "\"\xC3\xB6l\"";  // öl
  CHECK(key_of(german, oe) < key_of(german, z));
  CHECK(key_of(swedish, oe) > key_of(swedish, z));  // ö comes after z in Swedish
  KeyMaker bytes(parse_keys({"t"}, false), "C");
  CHECK(key_of(bytes, "\"Banana\"") < key_of(bytes, "\"apple\""));
  CHECK(key_of(bytes, "\"ab\"") < key_of(bytes, "\"abc\""));
}

TEST_CASE("types group as numbers, strings, other values, then missing") {
  KeyMaker up(parse_keys({"v"}, false), "");
  CHECK(key_of(up, "99") < key_of(up, "\"1\""));
  CHECK(key_of(up, "\"z\"") < key_of(up, "true"));
  CHECK(key_of(up, "[1]") < key_of(up, std::nullopt));
}

TEST_CASE("ties keep arrival order, and later keys break them") {
  KeyMaker up(parse_keys({"v"}, false), "");
  CHECK(key_of(up, "1", 5) < key_of(up, "1", 6));
  KeyMaker two(parse_keys({"-a", "b"}, false), "");
  auto k = [&](const char* a, const char* b, uint64_t seq) {
    std::vector<std::optional<std::string_view>> values{a, b}, texts{std::nullopt, std::nullopt};
    std::string out;
    two.append(out, values, texts, seq);
    return out;
  };
  CHECK(k("2", "1", 9) < k("1", "0", 0));
  CHECK(k("1", "0", 9) < k("1", "1", 0));
}

TEST_CASE("keys and sizes are checked") {
  CHECK_THROWS_AS(parse_keys({"-"}, false), std::invalid_argument);
  CHECK_THROWS_AS(KeyMaker(parse_keys({"a"}, false), "!!"), std::invalid_argument);
  CHECK(parse_size("64M") == uint64_t{64} << 20);
  CHECK(parse_size("2G") == uint64_t{2} << 30);
  CHECK(parse_size("512K") == 512u << 10);
  CHECK(parse_size("1000") == 1000u);
  CHECK_FALSE(parse_size("64X"));
  CHECK_FALSE(parse_size("M"));
}

TEST_CASE("key prefixes order as their keys whenever they differ") {
  using ream::sort::KeyPrefix;
  std::vector<std::string> keys = {"",
                                   std::string(1, '\0'),
                                   "a",
                                   "a\x01",
                                   "ab",
                                   "abcdefghijklmnop",
                                   "abcdefghijklmnoq",
                                   "abcdefghijklmnopz",
                                   "b",
                                   "\xff",
                                   "\xff\xff\xff\xff\xff\xff\xff\xff\xff"};
  for (const auto& a : keys)
    for (const auto& b : keys) {
      INFO(a << " / " << b);
      if (KeyPrefix(a) != KeyPrefix(b)) CHECK((KeyPrefix(a) < KeyPrefix(b)) == (a < b));
    }
  CHECK(KeyPrefix("abcdefghijklmnop") == KeyPrefix("abcdefghijklmnopz"));  // the rest is the key's to decide
  CHECK(KeyPrefix("a") < KeyPrefix("a\x01"));
}
