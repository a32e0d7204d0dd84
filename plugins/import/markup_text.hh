// Text out of the markup sources put in titles, abstracts and notes.
//
// Crossref and publishers deliver abstracts in JATS (<jats:p>, <jats:italic>),
// Zotero writes RIS notes as HTML, and exports keep copyright and licence
// statements at the end of abstracts.  A record's text fields are plain
// text with paragraphs separated by one blank line ("\n\n"): these
// functions get there, and leave text that has no markup alone (a "<"
// that opens no tag is a less-than sign).
#ifndef REAM_IMPORT_MARKUP_TEXT_HH
#define REAM_IMPORT_MARKUP_TEXT_HH

#include <string>
#include <string_view>

namespace ream::import {

// HTML or JATS to text: block elements (p, div, li, sec, title, br twice)
// end a paragraph, inline elements (i, b, sub, sup, italic, span, a, ...)
// vanish around their text, a leading "Abstract" heading is dropped, and
// character references (&amp; &#233; &#x2014; &nbsp; ...) are decoded.
std::string markup_to_text(std::string_view text);

// True when `text` holds a tag or a character reference.
bool has_markup(std::string_view text);

// An abstract without the copyright and licence statements that end it
// ("© 2021 Elsevier Ltd. All rights reserved.", "Copyright (c) ...",
// "This is an open access article under the CC BY licence ...").  Only a
// statement that runs to the end of the text, or a whole paragraph, is
// removed: a sentence about copyright law in the middle stays.
std::string without_rights_statements(std::string text);

// True when an abstract only says there is none: Scopus writes "[No
// abstract available]" in the abstract's place, and publishers deposit
// "Abstract not available" and the like.  Such text is no abstract: kept,
// keywords would be drawn from it and two papers would share it.
bool says_no_abstract(std::string_view abstract);

}  // namespace ream::import

#endif
