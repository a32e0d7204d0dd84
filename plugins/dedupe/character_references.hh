// HTML character references in exported text ("Fran&#231;ois",
// "&hellip;", "Fe&amp;au"), replaced by the characters they stand for.
#ifndef REAM_DEDUPE_CHARACTER_REFERENCES_HH
#define REAM_DEDUPE_CHARACTER_REFERENCES_HH

#include <string>
#include <string_view>

namespace ream::dedupe {

// Numeric references (&#231; &#xE7;) become the code point in UTF-8; the
// named references exports actually write (&amp; &lt; &gt; &quot; &apos;
// &nbsp; &hellip; &ndash; &mdash; and Latin letters with accents, such
// as &eacute;) become their characters.  Anything else, a lone "&" or an
// unknown name, is kept as written, so text without references comes
// back unchanged.
std::string decode_character_references(std::string_view text);

}  // namespace ream::dedupe

#endif
