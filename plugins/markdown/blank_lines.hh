// Tidying the blank lines a template leaves behind.
#ifndef REAM_MARKDOWN_BLANK_LINES_HH
#define REAM_MARKDOWN_BLANK_LINES_HH

#include <string>
#include <string_view>

namespace ream::markdown {

// Squeezes runs of blank lines to one, drops blank lines at the start and
// end, and ends the text with one newline, outside fenced code blocks.
// Works on a stream of chunks: feed() returns what is ready, finish() the
// rest.
class BlankLineSqueezer {
 public:
  std::string feed(std::string_view chunk);
  std::string finish();

 private:
  void line(std::string_view text, std::string& out);

  std::string partial_;
  bool wrote_ = false;
  bool blank_pending_ = false;
  bool in_fence_ = false;
};

}  // namespace ream::markdown

#endif
