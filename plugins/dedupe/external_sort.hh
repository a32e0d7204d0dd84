// ExternalSort<T>: fixed-size values sorted in bounded memory.
//
// The distributed components step (component_labels.cc) sorts its edge
// lists again and again; at the 250 million records they do not
// fit one node's memory, so values are gathered in a buffer of a set
// number of bytes, each full buffer is sorted and written to an unnamed
// temporary file in $TMPDIR (temp_file.hpp: gone however the process
// ends), and drain() merges the runs.  A merge reads every run through a
// small stdio buffer; more than kFanIn runs are first merged kFanIn at a
// time into longer runs, so the merge's memory does not grow with the
// input either.  When everything fits the buffer no file is written.
// T is a trivially copyable value with operator< and operator==, written
// to the runs as its bytes: runs never leave the process.
#ifndef REAM_DEDUPE_EXTERNAL_SORT_HH
#define REAM_DEDUPE_EXTERNAL_SORT_HH

#include <ream/plugin.hpp>
#include <ream/temp_file.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <queue>
#include <string>
#include <type_traits>
#include <vector>

namespace ream::dedupe {

template <typename T>
class ExternalSort {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  // At most memory_bytes of values held at once (at least one run's worth
  // of a thousand values, so that a tiny budget still makes progress).
  ExternalSort(size_t memory_bytes, std::string purpose)
      : capacity_(std::max<size_t>(memory_bytes / sizeof(T), 1024)), purpose_(std::move(purpose)) {}

  void add(const T& value) {
    if (buffer_.size() == capacity_) spill();
    if (buffer_.capacity() < capacity_) buffer_.reserve(capacity_);  // address space only until written
    buffer_.push_back(value);
  }

  // Writes the buffered values as a run and frees the buffer, so that the
  // memory is free for other work until drain().
  void spill() {
    if (buffer_.empty()) return;
    std::sort(buffer_.begin(), buffer_.end());
    runs_.push_back(write_run(buffer_.data(), buffer_.size()));
    buffer_.clear();
    buffer_.shrink_to_fit();
  }

  // How many runs went to disk (for tests: whether the budget was exceeded).
  size_t runs_written() const { return runs_written_; }

  // Calls each(value) for every value in ascending order (equal values
  // once when `unique`), then forgets them all.
  template <typename Each>
  void drain(bool unique, Each&& each) {
    if (runs_.empty()) {
      std::sort(buffer_.begin(), buffer_.end());
      for (size_t i = 0; i < buffer_.size(); ++i)
        if (!unique || i == 0 || !(buffer_[i] == buffer_[i - 1])) each(buffer_[i]);
      buffer_.clear();
      buffer_.shrink_to_fit();
      return;
    }
    spill();
    while (runs_.size() > kFanIn) {
      std::vector<File> batch;
      for (size_t i = 0; i < kFanIn; ++i) batch.push_back(std::move(runs_[i]));
      runs_.erase(runs_.begin(), runs_.begin() + kFanIn);
      File merged = new_file();
      merge(batch, false, [&](const T& v) { put(merged.get(), v); });
      rewind(merged.get());
      runs_.push_back(std::move(merged));
    }
    std::vector<File> all = std::move(runs_);
    runs_.clear();
    merge(all, unique, each);
  }

 private:
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  using File = std::unique_ptr<std::FILE, Close>;
  static constexpr size_t kFanIn = 64;
  static constexpr size_t kReadBuffer = 64 * 1024;

  [[noreturn]] void fail(const char* what) const {
    throw ream::IoError(purpose_ + ": " + what + ": " + std::strerror(errno));
  }

  File new_file() {
    File f(ream::unnamed_temporary_file());
    if (!f) fail("cannot create");
    std::setvbuf(f.get(), nullptr, _IOFBF, kReadBuffer);
    ++runs_written_;
    return f;
  }

  void put(std::FILE* f, const T& v) {
    if (std::fwrite(&v, sizeof(T), 1, f) != 1) fail("cannot write");
  }

  void rewind(std::FILE* f) {
    if (std::fflush(f) != 0 || std::fseek(f, 0, SEEK_SET) != 0) fail("cannot read back");
  }

  File write_run(const T* values, size_t count) {
    File f = new_file();
    if (std::fwrite(values, sizeof(T), count, f.get()) != count) fail("cannot write");
    rewind(f.get());
    return f;
  }

  bool next(std::FILE* f, T& v) {
    if (std::fread(&v, sizeof(T), 1, f) == 1) return true;
    if (std::ferror(f)) fail("cannot read back");
    return false;
  }

  template <typename Each>
  void merge(std::vector<File>& runs, bool unique, Each&& each) {
    using Head = std::pair<T, size_t>;
    auto later = [](const Head& a, const Head& b) { return b.first < a.first; };
    std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
    for (size_t r = 0; r < runs.size(); ++r) {
      T v;
      if (next(runs[r].get(), v)) heads.push({v, r});
    }
    bool any = false;
    T last{};
    while (!heads.empty()) {
      auto [v, r] = heads.top();
      heads.pop();
      if (!unique || !any || !(v == last)) each(v);
      any = true, last = v;
      T following;
      if (next(runs[r].get(), following)) heads.push({following, r});
    }
    runs.clear();
  }

  size_t capacity_;
  std::string purpose_;
  std::vector<T> buffer_;
  std::vector<File> runs_;
  size_t runs_written_ = 0;
};

}  // namespace ream::dedupe

#endif
