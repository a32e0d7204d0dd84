// Sorted runs and their merge (see runs.hh).
#include "runs.hh"

#include <ream/plugin.hpp>
#include <ream/temp_file.hpp>

#include <cerrno>
#include <cstring>
#include <queue>

namespace ream::sort {
namespace {

[[noreturn]] void fail(const char* what) {
  throw IoError(std::string("temporary file for sorting: ") + what + ": " + std::strerror(errno));
}

void put_size(std::FILE* f, size_t size) {
  if (size > UINT32_MAX) throw IoError("a record of 4 GB or more cannot be sorted");
  unsigned char bytes[4] = {static_cast<unsigned char>(size), static_cast<unsigned char>(size >> 8),
                            static_cast<unsigned char>(size >> 16), static_cast<unsigned char>(size >> 24)};
  if (std::fwrite(bytes, 1, 4, f) != 4) fail("cannot write");
}

void put_line(std::FILE* f, uint64_t line) {
  unsigned char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(line >> (8 * i));
  if (std::fwrite(bytes, 1, 8, f) != 8) fail("cannot write");
}

uint64_t get_line(std::FILE* f) {
  unsigned char bytes[8];
  if (std::fread(bytes, 1, 8, f) != 8) fail("cannot read back");
  uint64_t line = 0;
  for (int i = 0; i < 8; ++i) line |= uint64_t{bytes[i]} << (8 * i);
  return line;
}

bool get_size(std::FILE* f, uint32_t& size, bool at_entry_start) {
  unsigned char bytes[4];
  size_t got = std::fread(bytes, 1, 4, f);
  if (got == 0 && at_entry_start && std::feof(f)) return false;
  if (got != 4) fail("cannot read back");
  size = bytes[0] | (uint32_t{bytes[1]} << 8) | (uint32_t{bytes[2]} << 16) | (uint32_t{bytes[3]} << 24);
  return true;
}

}  // namespace

RunWriter::RunWriter() : file_(ream::unnamed_temporary_file()) {
  if (!file_) fail("cannot create");
  std::setvbuf(file_.get(), nullptr, _IOFBF, 1 << 20);
}

void RunWriter::write(std::string_view key, std::string_view json, Origin origin) {
  put_size(file_.get(), key.size());
  put_size(file_.get(), json.size());
  put_size(file_.get(), origin.file);
  put_line(file_.get(), origin.line);
  if (std::fwrite(key.data(), 1, key.size(), file_.get()) != key.size() ||
      std::fwrite(json.data(), 1, json.size(), file_.get()) != json.size())
    fail("cannot write");
}

File RunWriter::finish() {
  if (std::fflush(file_.get()) != 0) fail("cannot write");
  std::rewind(file_.get());
  return std::move(file_);
}

RunReader::RunReader(File file) : file_(std::move(file)) { std::setvbuf(file_.get(), nullptr, _IOFBF, 1 << 16); }

bool RunReader::next() {
  uint32_t key_size = 0, json_size = 0;
  if (!get_size(file_.get(), key_size, true)) return false;
  get_size(file_.get(), json_size, false);
  get_size(file_.get(), origin_.file, false);
  origin_.line = get_line(file_.get());
  key_.resize(key_size);
  json_.resize(json_size);
  if (std::fread(key_.data(), 1, key_size, file_.get()) != key_size ||
      std::fread(json_.data(), 1, json_size, file_.get()) != json_size)
    fail("cannot read back");
  return true;
}

namespace {

// One merge of at most kFanIn + 1 sources.
void merge_once(std::vector<std::unique_ptr<Cursor>> readers, const std::function<bool(const Cursor& entry)>& out) {
  auto later = [&](size_t a, size_t b) { return readers[a]->key() > readers[b]->key(); };
  std::priority_queue<size_t, std::vector<size_t>, decltype(later)> heap(later);
  for (size_t i = 0; i < readers.size(); ++i)
    if (readers[i]->next()) heap.push(i);
  while (!heap.empty()) {
    size_t i = heap.top();
    heap.pop();
    if (!out(*readers[i])) return;
    if (readers[i]->next()) heap.push(i);
  }
}

std::vector<std::unique_ptr<Cursor>> open_all(std::vector<File> runs) {
  std::vector<std::unique_ptr<Cursor>> readers;
  for (File& f : runs) readers.push_back(std::make_unique<RunReader>(std::move(f)));
  return readers;
}

}  // namespace

void merge_runs(std::vector<File> runs, std::unique_ptr<Cursor> last,
                const std::function<bool(std::string_view json, Origin origin)>& emit) {
  while (runs.size() > kFanIn) {
    std::vector<File> group(std::make_move_iterator(runs.begin()), std::make_move_iterator(runs.begin() + kFanIn));
    runs.erase(runs.begin(), runs.begin() + kFanIn);
    RunWriter merged;
    merge_once(open_all(std::move(group)), [&](const Cursor& entry) {
      merged.write(entry.key(), entry.json(), entry.origin());
      return true;
    });
    runs.push_back(merged.finish());
  }
  auto readers = open_all(std::move(runs));
  if (last) readers.push_back(std::move(last));
  merge_once(std::move(readers), [&](const Cursor& entry) { return emit(entry.json(), entry.origin()); });
}

}  // namespace ream::sort
