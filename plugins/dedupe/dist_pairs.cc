// `dedupe --dist pairs`: the reduce per block.  Its input is the map's
// b-lines sorted, so a block's members arrive together and in global
// order, and each is compared with the at most 64 members before it (the
// single process's bucket cap, candidate_pairs.cc): a window of 64.  A
// driver may cut the sorted lines anywhere, a giant block too, handing
// each piece the 64 lines before it as context (--dist-context): those
// are compared with but write no pair of their own.
//   e<LATER><EARLIER>  t: m|c|w   a match, a conflict, or a pair the rules
//                                 leave open for the weights
//   l<LATER><EARLIER>  v: levels  every scored pair's comparison levels,
//                                 when a model is to be estimated (em)
// A pair is judged once per piece, in the first of its blocks there (a
// pair of duplicates shares about six); found in the blocks of two pieces
// it gives two identical lines: `sort -u`.
// A pair whose later record is a --state paper (ORDER source 0) gives no
// l-line and no w: one process loads those papers before it keeps pairs
// for the weights.
//
// The b-lines carry no features: a record has a dozen block keys, and
// its blob in each of them was nine tenths of the shuffle (5.4 KB a
// record).  The features come from the sorted r-lines of every part
// (--dist-records, the shuffle's records file: the broadcast side file of
// the Hadoop and Spark contracts).  The piece's block lines are held as
// two numbers each (16 bytes), then one forward pass over the records
// file finds where the blobs of the records that share a block with
// another line are, with their identifier prints (the blob's first 12
// characters; 24 bytes a record), then the windows run: the prints rule
// out most pairs unread, and a blob is read (pread) and decoded when a
// pair of its member is first scored: memory grows with the piece, not
// the corpus.  Most block lines are the only member of their block (two
// in five on generated corpora): their blobs are never read.
#include <algorithm>
#include <charconv>
#include <deque>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>
#include <memory>

#include <fmt/format.h>
#include <boost/json.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include "candidate_pairs.hh"
#include "distributed.hh"
#include "feature_blob.hh"
#include "match_weights.hh"
#include "matcher.hh"

namespace ream::dedupe::dist {
namespace {

constexpr size_t kBucketCap = 64;  // Matcher's default, which the single process uses
constexpr size_t kKeyWidth = 16;

// ORDER's 16 digits as a number and back: numbers sort as the digits do.
uint64_t order_number(std::string_view digits) {
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.size() != kOrderWidth)
    throw ream::DataError("a b-line whose ORDER is not 16 digits");
  return n;
}
uint64_t block_number(std::string_view hex) {
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), n, 16);
  if (ec != std::errc() || end != hex.data() + hex.size())
    throw ream::DataError("a b-line whose KEY is not 16 hex digits");
  return n;
}

struct BlockLine {
  uint64_t block, order;
};

// Where the blobs of the orders asked for (sorted, unique) are in the
// sorted r-lines of --dist-records, found in one forward pass, with each
// record's identifier prints (the blob's first characters); a blob is
// read (pread) when a pair of its member is first scored.  Only the places
// and prints are held, 24 bytes a record: few parts' pieces each compare
// most records, and holding their blobs would make a task's memory the
// corpus's.
class RecordBlobs {
 public:
  RecordBlobs(const std::string& path, std::vector<uint64_t> wanted) : path_(path), orders_(std::move(wanted)) {
    places_.resize(orders_.size());
    if (orders_.empty()) return;
    std::ifstream in(path);
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (!in || fd_ < 0) throw ream::IoError(fmt::format("--dist-records '{}': cannot open", path));
    std::string line;
    uint64_t line_number = 0, last = 0, line_at = 0;
    size_t next = 0;
    for (; next < orders_.size() && std::getline(in, line); line_at += line.size() + 1) {
      ++line_number;
      auto [order, blob] = r_line(path, line_number, line);
      if (!order) continue;
      if (*order < last) throw ream::DataError(fmt::format("{}:{}: lines out of order: sort them", path, line_number));
      last = *order;
      while (next < orders_.size() && orders_[next] < *order) missing(path, orders_[next]);
      if (next < orders_.size() && orders_[next] == *order) {
        Place& place = places_[next++];
        try {
          place.ids = blob_id_print(blob);
        } catch (const std::runtime_error& e) {
          throw ream::DataError(fmt::format("{}:{}: {}", path, line_number, e.what()));
        }
        place.offset = line_at + static_cast<uint64_t>(blob.data() - line.data());
        place.size = static_cast<uint32_t>(blob.size());
      }
    }
    if (next < orders_.size()) missing(path, orders_[next]);
  }
  ~RecordBlobs() {
    if (fd_ >= 0) ::close(fd_);
  }
  RecordBlobs(const RecordBlobs&) = delete;
  RecordBlobs& operator=(const RecordBlobs&) = delete;

  // Where a record the constructor was asked for is among them.
  size_t slot(uint64_t order) const {
    return static_cast<size_t>(std::lower_bound(orders_.begin(), orders_.end(), order) - orders_.begin());
  }
  IdPrint ids(size_t slot) const { return places_[slot].ids; }

  // The blob of a record the constructor was asked for.
  std::string blob(size_t slot) const {
    const Place& place = places_[slot];
    std::string out(place.size, '\0');
    size_t done = 0;
    while (done < out.size()) {
      ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(place.offset + done));
      if (n <= 0)
        throw ream::IoError(fmt::format("--dist-records '{}': cannot read it again (changed while read?)", path_));
      done += static_cast<size_t>(n);
    }
    return out;
  }

 private:
  [[noreturn]] static void missing(const std::string& path, uint64_t order) {
    throw ream::DataError(
        fmt::format("--dist-records '{}': no r-line for record {} of the block lines: give the "
                    "sorted r-lines of every part's map",
                    path, order_text(order)));
  }

  // The order and blob of an r-line; no order for a line of another kind.
  // The map writes {"k":"rORDER","f":"BLOB"}, read here without a parser;
  // any other spelling of the same object is parsed.
  static std::pair<std::optional<uint64_t>, std::string_view> r_line(const std::string& path, uint64_t line_number,
                                                                     std::string_view line) {
    constexpr std::string_view head = R"({"k":")", middle = R"(","f":")", tail = R"("})";
    size_t blob_at = head.size() + 1 + kOrderWidth + middle.size();
    if (line.starts_with(head) && line.size() > head.size() && line[head.size()] != 'r') return {std::nullopt, {}};
    if (line.starts_with(head) && line.size() >= blob_at + tail.size() &&
        line.substr(head.size() + 1 + kOrderWidth, middle.size()) == middle && line.ends_with(tail) &&
        plain_blob(line.substr(blob_at, line.size() - blob_at - tail.size())))
      return {order_number(line.substr(head.size() + 1, kOrderWidth)),
              line.substr(blob_at, line.size() - blob_at - tail.size())};
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(line, ec);
    const boost::json::object* o = ec ? nullptr : v.if_object();
    const boost::json::string* k = o && o->contains("k") ? o->at("k").if_string() : nullptr;
    const boost::json::string* f = o && o->contains("f") ? o->at("f").if_string() : nullptr;
    if (!k || k->empty())
      throw ream::DataError(fmt::format("{}:{}: not a line of a distributed dedupe step", path, line_number));
    if ((*k)[0] != 'r') return {std::nullopt, {}};
    if (!f) throw ream::DataError(fmt::format("{}:{}: an r-line without its \"f\"", path, line_number));
    // Parsed text is not the line's: the blob is base64, which JSON spells
    // only one way, so its bytes are found in the line as they are.
    size_t at = line.find(std::string_view(*f));
    return {order_number(std::string_view(*k).substr(1)), line.substr(at, f->size())};
  }

  // No quote or backslash: the blob is the string's text as it stands.
  // Two memchr scans: find_first_of looks each byte up in the set.
  static bool plain_blob(std::string_view blob) {
    return blob.find('"') == std::string_view::npos && blob.find('\\') == std::string_view::npos;
  }

  struct Place {
    uint64_t offset = 0;
    uint32_t size = 0;
    IdPrint ids;
  };
  std::string path_;
  std::vector<uint64_t> orders_;
  std::vector<Place> places_;
  int fd_ = -1;
};

// The pairs of one piece already judged: a pair of duplicates shares most
// of its block keys (the LSH bands, the title key, the first words, the
// identifiers), about six on generated corpora, and each block that holds
// it in its window would score it again and write the same lines, which
// `sort -u` then removes.  The blocks of a piece arrive in key order, so
// the pair is judged in the first of them; the pieces of other tasks may
// judge it again (their lines are the same).  16 bytes per judged pair,
// and at most kMaxJudged of them: a corpus without identifiers judges
// every pair of a window (about 27 a record), so past that the set starts
// again, which only costs pairs judged twice, never a line.
struct PairHash {
  size_t operator()(const std::pair<uint64_t, uint64_t>& p) const {
    return static_cast<size_t>(p.first * 0x9e3779b97f4a7c15ULL ^ p.second);
  }
};

class Pairs : public Step {
 public:
  Pairs(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s), levels_(s.wants_weights() && !s.model) {
    if (s.records.empty())
      throw ream::UsageError("--dist pairs needs --dist-records FILE (the shuffle's sorted r-lines)");
  }

  void process(ream::Record rec) override {
    auto key = key_of(rec, 'b');
    if (key && key->size() != kKeyWidth + kOrderWidth) throw ream::DataError("a b-line whose key is not KEY16 ORDER");
    if (key) lines_.push_back({block_number(key->substr(0, kKeyWidth)), order_number(key->substr(kKeyWidth))});
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    blobs_ = std::make_unique<RecordBlobs>(settings_.records, compared_orders());
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (i == 0 || lines_[i].block != lines_[i - 1].block) window_.clear();
      Member mine{lines_[i].order, kNoSlot, {}, nullptr};
      if (i >= settings_.context && !window_.empty()) compare(mine);
      window_.push_back(std::move(mine));
      if (window_.size() > kBucketCap) window_.pop_front();
    }
  }

 private:
  static constexpr size_t kNoSlot = SIZE_MAX;
  static constexpr size_t kMaxJudged = size_t{1} << 22;  // 64 MB of pairs
  struct Member {
    uint64_t order;
    size_t slot;  // in blobs_, kNoSlot until compared
    IdPrint ids;
    std::shared_ptr<const Features> features;  // null until a pair of it is scored
  };

  // The orders of lines that share their block with another line of the
  // piece: the only ones a window compares.
  std::vector<uint64_t> compared_orders() const {
    std::vector<uint64_t> out;
    for (size_t i = 0; i < lines_.size(); ++i) {
      bool before = i > 0 && lines_[i - 1].block == lines_[i].block;
      bool after = i + 1 < lines_.size() && lines_[i + 1].block == lines_[i].block;
      if (before || after) out.push_back(lines_[i].order);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void find(Member& m) const {
    if (m.slot != kNoSlot) return;
    m.slot = blobs_->slot(m.order);
    m.ids = blobs_->ids(m.slot);
  }

  void decode(Member& m) const {
    if (m.features) return;
    try {
      m.features = std::make_shared<const Features>(decode_blob(blobs_->blob(m.slot)).features);
    } catch (const std::runtime_error& e) {
      throw ream::DataError(fmt::format("record {} in --dist-records: {}", order_text(m.order), e.what()));
    }
  }

  void compare(Member& later) {
    find(later);
    for (Member& earlier : window_) {
      find(earlier);
      if (earlier.order == later.order || prints_differ(earlier.ids, later.ids)) continue;
      if (judged_.size() >= kMaxJudged) judged_.clear();
      if (!judged_.emplace(later.order, earlier.order).second) continue;  // in an earlier block of the piece
      decode(later);
      decode(earlier);
      if (identifiers_differ(*earlier.features, *later.features)) continue;
      judge(earlier, later, score_pair(*earlier.features, *later.features, settings_.level));
    }
  }

  void judge(const Member& earlier, const Member& later, const Evidence& e) {
    std::string pair = order_text(later.order) + order_text(earlier.order);
    bool weighed = !remembered_order(pair);
    if (levels_ && weighed) {
      std::string digits;
      for (uint8_t level : comparison_levels(e.fields)) digits.push_back(static_cast<char>('0' + level));
      Line(ctx_, "l" + pair).text("v", digits).emit();
    }
    const char* kind = e.decision == Decision::conflict                               ? "c"
                       : e.decision == Decision::match                                ? "m"
                       : weighed && settings_.weight_threshold && open_for_weights(e) ? "w"
                                                                                      : nullptr;
    if (kind) Line(ctx_, "e" + pair).text("t", kind).emit();
  }

  ream::Context& ctx_;
  Settings settings_;
  bool levels_;
  std::vector<BlockLine> lines_;
  std::unique_ptr<RecordBlobs> blobs_;
  std::deque<Member> window_;
  boost::unordered_flat_set<std::pair<uint64_t, uint64_t>, PairHash> judged_;
};

}  // namespace

std::unique_ptr<Step> pairs_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Pairs>(ctx, s); }

}  // namespace ream::dedupe::dist
