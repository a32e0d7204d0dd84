#include "ream/text.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace ream::text;

TEST_CASE("clean: NFC and one space for any run of white space") {
  CHECK(clean("  Cafe\xcc\x81 \t\n au\xc2\xa0lait  ") == "Caf\xc3\xa9 au lait");
  CHECK(clean("") == "");
}

TEST_CASE("is_nfc and nfc: composed text is left as it is, decomposed text is composed") {
  CHECK(ream::text::is_nfc("caf\xc3\xa9"));         // é precomposed
  CHECK_FALSE(ream::text::is_nfc("cafe\xcc\x81"));  // e + combining acute
  CHECK(ream::text::nfc("cafe\xcc\x81") == "caf\xc3\xa9");
  CHECK(ream::text::nfc("caf\xc3\xa9") == "caf\xc3\xa9");
  CHECK(ream::text::is_nfc(""));
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

// A combining acute accent in front sends a text through the ICU path
// and changes nothing else: it is stripped, and no ASCII letter or
// punctuation mark of the fast path composes with a mark before it.
std::string icu_title_key(const std::string& s) { return title_key("\xcc\x81" + s); }

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

TEST_CASE("title keys treat dashes, curly quotes and no-break spaces as the ICU path does") {
  CHECK(title_key("Weak\xe2\x80\x94to\xe2\x80\x93Strong") == "weak to strong");  // em, en dash
  CHECK(title_key("\xe2\x80\x9cHawking\xe2\x80\x99s\xe2\x80\x9d\xc2\xa0"
                  "Cat\xe2\x80\xa6") == "hawkings cat");
  CHECK(icu_title_key("\xe2\x80\x9cHawking\xe2\x80\x99s\xe2\x80\x9d\xc2\xa0"
                      "Cat\xe2\x80\xa6") == "hawkings cat");
}

TEST_CASE("the fast path of title_key agrees with ICU on every BMP character") {
  // Whatever the fast path accepts must key as ICU keys it; what it does
  // not accept goes to ICU anyway, so this pins the whole fast path.
  for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are not UTF-8
    std::string between = "x" + utf8(c) + "Y", around = utf8(c) + "'a" + utf8(c);
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    CHECK(title_key(between) == icu_title_key(between));
    CHECK(title_key(around) == icu_title_key(around));
  }
}

TEST_CASE("the fast path of title_key agrees with ICU on ASCII mixed with punctuation") {
  const char32_t punctuation[] = {0xA0,   0xAB,   0xBB,   0x2010, 0x2011, 0x2013, 0x2014,
                                  0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2212};
  std::mt19937 random(11);
  std::uniform_int_distribution<int> pick(0, 127 + static_cast<int>(std::size(punctuation)));
  std::string key;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int i = 0; i < round % 50; ++i) {
      int k = pick(random);
      s += k < 128 ? std::string(1, static_cast<char>(k)) : utf8(punctuation[k - 128]);
    }
    title_key(s, key);
    CHECK(key == title_key(s));
    CHECK(key == icu_title_key(s));
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
