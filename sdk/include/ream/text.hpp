// ream::text: Unicode helpers shared by paper plugins (link ReamSDK::text).
//
// Paper records arrive from web pages, BibTeX and exports with every kind
// of Unicode variation.  These helpers give plugins one agreed way to
// clean text for output (NFC, whitespace collapsed) and to build match
// keys that ignore case, accents, punctuation and spacing.  All work is
// done by ICU; nothing here hand-rolls Unicode tables.
#ifndef REAM_TEXT_HPP
#define REAM_TEXT_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace ream::text {

// True when `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);

// NFC-normalised text with every run of Unicode white space (including
// line breaks and no-break spaces) turned into one space, trimmed.
std::string clean(std::string_view s);

// True when well-formed UTF-8 `s` is in NFC already (nearly all text is),
// and `s` in NFC.  These share the library's one ICU normalizer with
// clean(): a plugin that keeps its own copy of ICU's lazily made instance
// is correct, but its first use on a -j worker looks like a data race to
// ThreadSanitizer (ICU's own synchronisation is not instrumented).
bool is_nfc(std::string_view s);
std::string nfc(std::string_view s);

// NFKC with case folding: the form to compare words in.
std::string fold(std::string_view s);

// A matching key for titles: NFKC case-folded, accents removed and Latin
// letters reduced to ASCII where ICU knows how, punctuation and symbols
// dropped (hyphens and slashes become spaces), white space collapsed.
// "Wonder-Journey: Going…" and "wonder journey going" share a key.
std::string title_key(std::string_view s);
// The same key written into `out`, reusing its storage (for hot loops).
void title_key(std::string_view s, std::string& out);

// A 64-bit hash (XXH3) of `s`, and its first `digits` hex digits.
uint64_t hash64(std::string_view s);
std::string short_hash(std::string_view s, int digits = 12);

}  // namespace ream::text

#endif  // REAM_TEXT_HPP
