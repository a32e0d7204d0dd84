// Cutting an abstract to a length for a digest.
#ifndef REAM_MARKDOWN_EXCERPT_HH
#define REAM_MARKDOWN_EXCERPT_HH

#include <cstddef>
#include <string>
#include <string_view>

namespace ream::markdown {

// The first `max_chars` characters (code points) of `text`, cut back to the
// last word boundary and followed by "…" when anything was cut.  A word
// longer than the whole budget is cut inside, at a code point boundary.
// `max_chars` 0 means no limit.
std::string excerpt(std::string_view text, size_t max_chars);

}  // namespace ream::markdown

#endif
