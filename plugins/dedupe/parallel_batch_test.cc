// Matcher::add_batch must decide exactly as Matcher::add one record at a
// time, whatever the batch size and however the workers cut the work.
#include "parallel_batch.hh"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <tuple>

#include "matcher.hh"

using namespace ream::dedupe;

namespace {

// Pieces of `grain` (1 when 0), run on a thread each, started last piece
// first: a runner as unlike the serial loop as the contract allows.
void threaded_for(size_t count, size_t grain, const PieceBody& body) {
  if (grain == 0) grain = 1;
  std::vector<std::thread> threads;
  for (size_t begin = (count - 1) / grain * grain;; begin -= grain) {
    threads.emplace_back([&body, begin, end = std::min(count, begin + grain)] { body(begin, end); });
    if (begin == 0) break;
  }
  for (auto& t : threads) t.join();
}

// Records that match, conflict (a shared DOI, different titles), chain
// into clusters and are kept apart by vetoes, so every step of the
// decision pass is taken.
std::vector<Fields> corpus() {
  std::vector<Fields> out;
  const char* titles[] = {"Cultural universality versus particularity in CMC", "Interpretive accounts and fairy tales",
                          "A decision-theoretic generalization of on-line learning",
                          "Graph neural networks for molecule property prediction"};
  for (int i = 0; i < 60; ++i) {
    Fields f;
    f.id = "r" + std::to_string(i);
    f.title = titles[i % 4];
    if (i % 3 == 0) f.title += ".";
    f.authors = {i % 2 ? "Stahl, B. and Elbeltagi, I." : "B. Stahl"};
    f.year = std::to_string(1995 + (i % 7 == 0 ? 2 : 0));
    if (i % 11 == 0) f.doi = "10.1000/x" + std::to_string(i % 2);
    if (i % 13 == 0) f.title = "Entirely different subject matter number " + std::to_string(i);
    out.push_back(f);
  }
  return out;
}

struct Outcome {
  std::vector<std::optional<uint32_t>> duplicate_of;
  std::vector<size_t> conflicts_end;
  std::vector<std::tuple<uint32_t, uint32_t, std::string>> matches, conflicts;
  std::vector<std::vector<uint32_t>> clusters;
  bool operator==(const Outcome&) const = default;
};

Outcome outcome_of(Matcher& m, std::vector<std::optional<uint32_t>> duplicate_of, std::vector<size_t> ends) {
  Outcome o{std::move(duplicate_of), std::move(ends), {}, {}, m.clusters().all()};
  for (const auto& p : m.matches()) o.matches.emplace_back(p.earlier, p.later, std::string(p.evidence.rule));
  for (const auto& p : m.conflicts()) o.conflicts.emplace_back(p.earlier, p.later, std::string(p.evidence.rule));
  return o;
}

Outcome one_at_a_time(const std::vector<Fields>& records, size_t bucket_cap = 64) {
  Matcher m(bucket_cap);
  std::vector<std::optional<uint32_t>> dups;
  std::vector<size_t> ends;
  for (const auto& f : records) {
    dups.push_back(m.add(extract_features(f)));
    ends.push_back(m.conflicts().size());
  }
  return outcome_of(m, dups, ends);
}

Outcome in_batches(const std::vector<Fields>& records, size_t batch_size, const ParallelFor& parallel_for,
                   size_t bucket_cap = 64) {
  Matcher m(bucket_cap);
  std::vector<std::optional<uint32_t>> dups;
  std::vector<size_t> ends;
  for (size_t begin = 0; begin < records.size(); begin += batch_size) {
    std::vector<const Fields*> batch;
    for (size_t i = begin; i < std::min(records.size(), begin + batch_size); ++i) batch.push_back(&records[i]);
    std::vector<Features> features;
    extract_features_parallel(batch, features, parallel_for);
    auto matched = m.add_batch(std::move(features), std::vector<std::optional<uint32_t>>(batch.size()), parallel_for);
    for (const auto& r : matched) {
      dups.push_back(r.duplicate_of);
      ends.push_back(r.conflicts_end);
    }
  }
  return outcome_of(m, dups, ends);
}

}  // namespace

TEST_CASE("a batch decides as its records one at a time, whatever the batch size and workers") {
  auto records = corpus();
  Outcome expected = one_at_a_time(records);
  REQUIRE_FALSE(expected.matches.empty());
  REQUIRE_FALSE(expected.conflicts.empty());
  for (size_t size : {1, 2, 7, 60, 512}) {
    INFO("batch size " << size);
    CHECK(in_batches(records, size, serial_for) == expected);
    CHECK(in_batches(records, size, threaded_for) == expected);
    CHECK(in_batches(records, size, [](size_t n, size_t, const PieceBody& body) { threaded_for(n, 3, body); }) ==
          expected);
  }
}

// Many records in few blocks, more than a block keeps: which earlier
// records a record meets then depends on which ones the full blocks have
// let go, before the batch and within it.
std::vector<Fields> crowded_corpus() {
  std::vector<Fields> out;
  const char* titles[] = {"Attention is all you need", "Attention is all you need.",
                          "Deep residual learning for image recognition", "Attention is all you want"};
  for (int i = 0; i < 240; ++i) {
    Fields f;
    f.id = "c" + std::to_string(i);
    f.title = titles[(i * 7) % 4];
    f.authors = {i % 5 ? "Vaswani, A. and Shazeer, N." : "He, K."};
    f.year = std::to_string(2015 + i % 3);
    if (i % 9 == 0) f.doi = "10.1000/y" + std::to_string(i % 4);
    if (i % 17 == 0) f.arxiv = "1706.0376" + std::to_string(i % 2);
    out.push_back(f);
  }
  return out;
}

TEST_CASE("a batch meets the records a full block keeps, as one at a time") {
  auto records = crowded_corpus();
  for (size_t cap : {1, 3, 8, 64}) {
    Outcome expected = one_at_a_time(records, cap);
    REQUIRE_FALSE(expected.matches.empty());
    for (size_t size : {1, 2, 5, 37, 240}) {
      INFO("bucket cap " << cap << ", batch size " << size);
      CHECK(in_batches(records, size, serial_for, cap) == expected);
      CHECK(in_batches(
                records, size, [](size_t n, size_t, const PieceBody& body) { threaded_for(n, 7, body); }, cap) ==
            expected);
    }
  }
}

TEST_CASE("features computed on the workers are those of extract_features") {
  auto records = corpus();
  std::vector<const Fields*> all;
  for (const auto& f : records) all.push_back(&f);
  std::vector<Features> features;
  extract_features_parallel(all, features, threaded_for);
  REQUIRE(features.size() == records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    Features one = extract_features(records[i]);
    CHECK(features[i].id == one.id);
    CHECK(features[i].title.key == one.title.key);
    CHECK(features[i].signature == one.signature);
    CHECK(features[i].year == one.year);
    CHECK(features[i].doi == one.doi);
  }
}

TEST_CASE("a remembered copy in a batch joins its paper as add() would") {
  Fields bare;
  bare.title = "Music Transformer";  // generic: the rules alone would not match it
  Matcher one, batched;
  one.add(extract_features(bare));
  auto alone = one.add(extract_features(bare), 0u);
  batched.add(extract_features(bare));
  std::vector<Features> batch;
  batch.push_back(extract_features(bare));
  auto matched = batched.add_batch(std::move(batch), {0u}, threaded_for);
  REQUIRE(alone == 0u);
  CHECK(matched.at(0).duplicate_of == alone);
  CHECK(batched.matches().size() == one.matches().size());
  CHECK(batched.matches().back().evidence.rule == match_rule::remembered_copy);
}

TEST_CASE("the serial runner gives the whole range as one piece") {
  std::vector<std::pair<size_t, size_t>> pieces;
  serial_for(5, 2, [&](size_t b, size_t e) { pieces.emplace_back(b, e); });
  serial_for(0, 2, [&](size_t b, size_t e) { pieces.emplace_back(b, e); });
  CHECK(pieces == std::vector<std::pair<size_t, size_t>>{{0, 5}});
}
