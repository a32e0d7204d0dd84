// One title as different databases write it: with or without markup,
// Greek letters or their names, British or American spelling.
#ifndef REAM_DEDUPE_TITLE_SPELLING_HH
#define REAM_DEDUPE_TITLE_SPELLING_HH

#include <string>
#include <string_view>

namespace ream::dedupe {

// The title without the inline markup and character references that
// exports keep ("CO<sub>2</sub>", "<i>in vivo</i>", "&amp;", "&#946;"),
// and with "&" written as "and".  Runs before the title key is made,
// which would otherwise keep the tag names as words.
std::string without_markup(std::string_view title);

// Rewrites a title key (ream::text::title_key form: lower-case words
// separated by single spaces) so that spelling variants meet: Greek
// letters become their names ("il 1β" -> "il 1 beta"), letters and digits
// written together are split ("covid19" -> "covid 19"), and British
// spellings become American ("haemorrhage" -> "hemorrhage", "randomised"
// -> "randomized", "tumour" -> "tumor").
void american_spelling(std::string& key);

}  // namespace ream::dedupe

#endif
