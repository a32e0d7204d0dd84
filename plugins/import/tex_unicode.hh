// TeX markup in BibTeX values, turned into plain Unicode text.
//
// BibTeX values are TeX: accents as commands (\'e, \"{o}, \c{c}), letters
// that ASCII lacks (\ss, \o, {\aa}), escaped specials (\&, \%), ligature
// dashes (--, ---), ~ ties, and braces that only protect case.  Records
// carry the text a reader sees, so this is where the markup goes away.
#ifndef REAM_IMPORT_TEX_UNICODE_HH
#define REAM_IMPORT_TEX_UNICODE_HH

#include <string>
#include <string_view>

namespace ream::import {

// The text a reader of the typeset value sees: accents and letter
// commands as Unicode, specials unescaped, -- and --- as dashes, ~ as a
// no-break space, ``quotes'' curly, $ and case-protecting braces removed,
// formatting commands (\emph, \textbf, ...) dropped with their argument
// kept, commands it does not know kept verbatim, white space collapsed,
// NFC.
std::string tex_to_unicode(std::string_view tex);

// For text that is plain but spells accented letters as TeX does (the
// arXiv API's titles, abstracts and names: Schr\"odinger, Erd\H{o}s,
// {\o}stergaard): those accents and letters become Unicode (NFC) and
// everything else stays as written, so that math ($\alpha$), ~, -- and
// braces in the text are not read as TeX they may not be.
std::string tex_accents_to_unicode(std::string_view text);

// For values that are identifiers, not prose (url, doi, eprint): braces
// removed and backslash escapes of specials undone, nothing else, so that
// "~" and "--" in a URL stay what they are.
std::string tex_verbatim(std::string_view tex);

}  // namespace ream::import

#endif
