#include "ream/text.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace ream::text;

TEST_CASE("clean: NFC and one space for any run of white space") {
  CHECK(clean("  Cafe\xcc\x81 \t\n au\xc2\xa0lait  ") == "Caf\xc3\xa9 au lait");
  CHECK(clean("") == "");
}

TEST_CASE("clean agrees with ICU's white space on ASCII and non-ASCII text") {
  std::string ascii = "a\t b\x1f c\v\fd\r\n";
  CHECK(clean(ascii) == "a b\x1f c d");                            // U+001F is not White_Space
  CHECK(clean(ascii + "\xc3\xa9") == clean(ascii) + " \xc3\xa9");  // the ICU path spaces alike
  CHECK(clean("\x01keep\x7f") == "\x01keep\x7f");                  // controls are not white space
}

TEST_CASE("title keys ignore case, accents, punctuation and spacing") {
  CHECK(title_key("Wonder-Journey: Going from  Anywhere!") == "wonder journey going from anywhere");
  CHECK(title_key("WEAK-TO-STRONG GENERALIZATION") == title_key("Weak-to-Strong Generalization"));
  CHECK(title_key("Schr\xc3\xb6"
                  "dinger's Cat") == "schrodingers cat");
  CHECK(title_key("\xc5\x81\xc3\xb3"
                  "d\xc5\xba and \xc3\x98re") == "lodz and ore");
  CHECK(title_key("\xef\xac\x81"
                  "ne tuning") == "fine tuning");  // the fi ligature
  CHECK(title_key("\xe6\xb7\xb1\xe5\xba\xa6\xe5\xad\xa6\xe4\xb9\xa0") ==
        "\xe6\xb7\xb1\xe5\xba\xa6\xe5\xad\xa6\xe4\xb9\xa0");
}

TEST_CASE("title keys keep other scripts and drop non-Latin punctuation") {
  CHECK(title_key("\xce\xa8-net \xe2\x80\x94 a study") == "\xcf\x88 net a study");  // Greek capital psi folds
  CHECK(title_key("\xc3\x86sop and \xc3\x98rsted") == "aesop and orsted");
}

TEST_CASE("the ASCII fast path of title_key agrees with the ICU path") {
  // Appending a non-ASCII word sends the same text through ICU.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> ascii(0, 127);
  std::string key;
  for (int round = 0; round < 2000; ++round) {
    std::string s(static_cast<size_t>(round % 40), ' ');
    for (char& c : s) c = static_cast<char>(ascii(random));
    title_key(s, key);
    CHECK(key == title_key(s));
    std::string through_icu = title_key(s + " \xc3\xa9");  // " é"
    CHECK(through_icu == (key.empty() ? "e" : key + " e"));
  }
}

TEST_CASE("fold is NFKC with case folding") {
  CHECK(fold("Stra\xc3\x9f"
             "e") == "strasse");
}

TEST_CASE("valid_utf8") {
  CHECK(valid_utf8("plain"));
  CHECK(valid_utf8("caf\xc3\xa9"));
  CHECK_FALSE(valid_utf8("\xc3("));
  CHECK_FALSE(valid_utf8("\xed\xa0\x80"));  // a UTF-16 surrogate
}

TEST_CASE("short hashes are stable") {
  CHECK(short_hash("abc") == short_hash("abc"));
  CHECK(short_hash("abc").size() == 12);
  CHECK(short_hash("abc") != short_hash("abd"));
}
