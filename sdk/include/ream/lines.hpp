// ream::Lines: the lines of a text, numbered, for plugins that parse
// line-based formats (JSON Lines, word lists, tables).
//
//   for (const auto& [line, number] : ream::Lines(text)) ...
//
// Lines end at LF; a CR before it is dropped; a last line without LF
// still counts; numbers start at 1, so messages can say FILE:LINE.
#ifndef REAM_LINES_HPP
#define REAM_LINES_HPP

#include <cstddef>
#include <string_view>

namespace ream {

struct Line {
  std::string_view text;
  size_t number = 0;
};

class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  class iterator {
   public:
    iterator() = default;  // the end
    explicit iterator(std::string_view rest) : rest_(rest), done_(false) { ++*this; }
    const Line& operator*() const { return line_; }
    const Line* operator->() const { return &line_; }
    iterator& operator++() {
      if (rest_.empty()) {
        done_ = true;
        return *this;
      }
      size_t lf = rest_.find('\n');
      std::string_view text = rest_.substr(0, lf);
      rest_.remove_prefix(lf == std::string_view::npos ? rest_.size() : lf + 1);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line_ = Line{text, line_.number + 1};
      return *this;
    }
    bool operator==(const iterator& other) const { return done_ == other.done_; }
    bool operator!=(const iterator& other) const { return !(*this == other); }

   private:
    std::string_view rest_;
    Line line_;
    bool done_ = true;
  };

  iterator begin() const { return iterator(text_); }
  iterator end() const { return iterator(); }

 private:
  std::string_view text_;
};

}  // namespace ream

#endif  // REAM_LINES_HPP
