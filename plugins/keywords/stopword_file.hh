// Where the stopword file is found at run time.
//
// Search order: $REAM_DATA_DIR/stopwords/en.txt, then
// ../../../share/ream/stopwords/en.txt from the plugin's own file (the
// installed layout PREFIX/lib/ream/plugins -> PREFIX/share/ream; the
// build copies the list to the same place in the build tree).  When none
// exists the caller falls back to the list compiled into the plugin, so a
// plugin copied on its own still works.
#ifndef REAM_KEYWORDS_STOPWORD_FILE_HH
#define REAM_KEYWORDS_STOPWORD_FILE_HH

#include <optional>
#include <string>

namespace ream::keywords {

std::optional<std::string> find_stopword_file();

// The whole content of a file; throws ream::UsageError naming `what`
// when it cannot be read.
std::string read_file(const std::string& path, const std::string& what);

}  // namespace ream::keywords

#endif
