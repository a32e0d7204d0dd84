// Records set aside on disk until the whole stream has been read.
#ifndef REAM_MARKDOWN_PAPER_SPOOL_HH
#define REAM_MARKDOWN_PAPER_SPOOL_HH

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace ream::markdown {

// An anonymous temporary file (tmpfile(3): gone when closed or when the
// process dies) holding record texts one after another.
class PaperSpool {
 public:
  struct Slot {
    uint64_t offset = 0;
    uint32_t size = 0;
  };

  // Throws ream::IoError when the file cannot be created or written.
  Slot append(std::string_view text);
  std::string read(Slot slot);

 private:
  struct Closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::FILE* file();

  std::unique_ptr<std::FILE, Closer> file_;
  uint64_t size_ = 0;
  bool writing_ = true;  // position is at the end: no seek needed to append
};

}  // namespace ream::markdown

#endif
