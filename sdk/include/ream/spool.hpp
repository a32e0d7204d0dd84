// ream::Spool: record texts set aside on disk until the whole stream has
// been read.
//
// Some stages cannot write a record before their input ends (a digest's
// "Cited by" may name a later paper; dedupe's --keep-all names each
// record's cluster, which a later record can still join).  Holding every
// record in memory costs many times the input, so the texts go to an
// unnamed temporary file in $TMPDIR (temp_file.hpp: gone when closed or when the process
// dies) and are read back one at a time; a stage keeps only the slots.
// The page cache makes the read-back cheap when the file fits in memory,
// and the file can grow past memory when it does not.  Slots read back in
// the order they were written cost no seek (the stages that spool read
// everything back once, in order), and a large stdio buffer makes one
// system call per megabyte, not per 4 KB: at a million records the seeks
// and small reads were a tenth of cite's time.
//
//   ream::Spool spool("temporary file for the digest");
//   auto slot = spool.append(rec.json());
//   ...
//   ream::Record again = context().parse(spool.read(slot));
//   std::string scratch;                                  // or, reusing storage:
//   ream::Record again = context().parse(spool.read(slot, scratch));
#ifndef REAM_SPOOL_HPP
#define REAM_SPOOL_HPP

#include <ream/plugin.hpp>
#include <ream/temp_file.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace ream {

class Spool {
 public:
  struct Slot {
    uint64_t offset = 0;
    uint32_t size = 0;
  };

  // `purpose` names the file in error messages ("temporary file for the
  // digest").
  explicit Spool(std::string purpose = "temporary file") : purpose_(std::move(purpose)) {}

  // Throws ream::IoError when the file cannot be created or written.
  Slot append(std::string_view text) {
    if (text.size() > std::numeric_limits<uint32_t>::max()) throw IoError("a record of 4 GB or more cannot be spooled");
    std::FILE* f = file();
    if (!writing_ && std::fseek(f, 0, SEEK_END) != 0) fail("cannot seek");
    writing_ = true;
    if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) fail("cannot write");
    Slot slot{size_, static_cast<uint32_t>(text.size())};
    size_ += text.size();
    return slot;
  }

  std::string read(Slot slot) {
    std::string text;
    read(slot, text);
    return text;
  }

  // The text of `slot` in `into` (its storage reused); the view is of `into`.
  std::string_view read(Slot slot, std::string& into) {
    std::FILE* f = file();
    if (writing_ || slot.offset != read_position_) {
      if (std::fseek(f, static_cast<long>(slot.offset), SEEK_SET) != 0) fail("cannot seek");
      writing_ = false;
    }
    into.resize(slot.size);
    if (std::fread(into.data(), 1, into.size(), f) != into.size()) fail("cannot read back");
    read_position_ = slot.offset + slot.size;
    return into;
  }

 private:
  struct Closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  [[noreturn]] void fail(const char* what) const {
    throw IoError(purpose_ + ": " + what + ": " + std::strerror(errno));
  }

  std::FILE* file() {
    if (!file_) {
      file_.reset(unnamed_temporary_file());
      if (!file_) fail("cannot create");
      buffer_ = std::make_unique<char[]>(kBufferSize);
      if (std::setvbuf(file_.get(), buffer_.get(), _IOFBF, kBufferSize) != 0) fail("cannot set up");
    }
    return file_.get();
  }

  static constexpr size_t kBufferSize = size_t{1} << 20;

  std::string purpose_;
  std::unique_ptr<char[]> buffer_;  // declared before file_: the file is closed (and flushed) first
  std::unique_ptr<std::FILE, Closer> file_;
  uint64_t size_ = 0;
  bool writing_ = true;         // the position is at the end: no seek needed to append
  uint64_t read_position_ = 0;  // where the last read ended, when !writing_
};

}  // namespace ream

#endif
