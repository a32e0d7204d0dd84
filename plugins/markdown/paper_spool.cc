// The digest's spool: record texts kept on disk, not in memory.
//
// A digest cannot write a paper before the whole stream is read (its
// "Cited by" list may name a later paper, and the header counts papers),
// but holding every record in memory costs many times the input.  The
// records go to an unnamed temporary file instead and are read back one at
// a time, in display order, when the document is written; only a small
// index stays in memory.  The page cache makes the read-back cheap when the
// file fits in memory, and the file can grow past memory when it does not.
#include "paper_spool.hh"

#include <ream/plugin.hpp>

#include <cerrno>
#include <cstring>
#include <limits>

namespace ream::markdown {
namespace {

[[noreturn]] void fail(const char* what) {
  throw IoError(std::string("temporary file for the digest: ") + what + ": " + std::strerror(errno));
}

}  // namespace

std::FILE* PaperSpool::file() {
  if (!file_) {
    file_.reset(std::tmpfile());
    if (!file_) fail("cannot create");
  }
  return file_.get();
}

PaperSpool::Slot PaperSpool::append(std::string_view text) {
  if (text.size() > std::numeric_limits<uint32_t>::max()) throw IoError("a record of 4 GB or more cannot be spooled");
  std::FILE* f = file();
  if (!writing_ && std::fseek(f, 0, SEEK_END) != 0) fail("cannot seek");
  writing_ = true;
  if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) fail("cannot write");
  Slot slot{size_, static_cast<uint32_t>(text.size())};
  size_ += text.size();
  return slot;
}

std::string PaperSpool::read(Slot slot) {
  std::FILE* f = file();
  writing_ = false;
  if (std::fseek(f, static_cast<long>(slot.offset), SEEK_SET) != 0) fail("cannot seek");
  std::string text(slot.size, '\0');
  if (std::fread(text.data(), 1, text.size(), f) != text.size()) fail("cannot read back");
  return text;
}

}  // namespace ream::markdown
