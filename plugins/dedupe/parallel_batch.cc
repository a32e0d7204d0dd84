// A batch of records matched with its per-record and per-pair work on the
// workers (see parallel_batch.hh for what may run in parallel and why).
//
// Matcher::add_batch runs in three passes.  First, on this thread and in
// input order, each record takes its candidates from the blocking index
// and joins the index, exactly as Matcher::add would, so a record meets
// the earlier records of its own batch.  Then every candidate pair is
// scored on the workers, each result stored at its pair's index.  Last,
// on this thread and in input order again, the stored evidence goes
// through the same steps as add()'s (join_copy, judge_pair): conflicts,
// cluster checks and unions see exactly what they would have seen one
// record at a time.
#include "parallel_batch.hh"

#include <ream/text.hpp>

#include <algorithm>

#include "matcher.hh"

namespace ream::dedupe {

void serial_for(size_t count, size_t, const PieceBody& body) {
  if (count) body(0, count);
}

void prepare_for_workers() {
  // Accents to fold and a Latin letter without an ASCII decomposition:
  // both normalizers and the transliterator.
  (void)text::title_key("\xC3\xA9t\xC3\xA9 \xC3\xB8");
}

void extract_features_parallel(const std::vector<const Fields*>& fields, std::vector<Features>& out,
                               const ParallelFor& parallel_for) {
  out.resize(fields.size());
  parallel_for(fields.size(), 0, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) out[i] = extract_features(*fields[i]);
  });
}

std::vector<BatchMatch> Matcher::add_batch(std::vector<Features>&& batch,
                                           const std::vector<std::optional<uint32_t>>& copies,
                                           const ParallelFor& parallel_for) {
  const auto first = static_cast<uint32_t>(features_.size());
  const size_t n = batch.size();
  // Pass 1: candidates and the index, in order.
  // Kept between batches: a batch's pairs run to megabytes, and memory
  // handed back to the system each time costs more than scoring them.
  std::vector<BatchPair>& pairs = batch_pairs_;
  pairs.clear();
  std::vector<size_t> pairs_begin(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    BlockKeys keys = CandidateIndex::block_keys(batch[i]);
    IdPrint ids = id_print(batch[i]);
    index_.comparable_candidates(keys, ids, scratch_);
    for (uint32_t other : scratch_) pairs.push_back(BatchPair{other, false, {}});
    pairs_begin[i + 1] = pairs.size();
    index_.add(first + static_cast<uint32_t>(i), keys, ids);
    profiles_.push_back(veto_profile(batch[i]));
    features_.push_back(std::move(batch[i]));
  }
  // Pass 2: every pair's evidence, on the workers.  The pieces are
  // records, so that one record's candidates stay together.
  std::vector<Evidence> copy_evidence(n);
  parallel_for(n, 0, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const Features& mine = features_[first + i];
      if (copies[i]) copy_evidence[i] = score_pair(features_[*copies[i]], mine, level_);
      for (size_t k = pairs_begin[i]; k < pairs_begin[i + 1]; ++k) {
        const Features& theirs = features_[pairs[k].other];
        if (identifiers_differ(theirs, mine)) continue;
        pairs[k].evidence = score_pair(theirs, mine, level_);
        pairs[k].scored = true;
      }
    }
  });
  // Pass 3: the decisions, in order.
  std::vector<BatchMatch> out(n);
  for (size_t i = 0; i < n; ++i) {
    uint32_t self = clusters_.add();
    std::optional<uint32_t> duplicate_of;
    if (copies[i]) join_copy(*copies[i], self, copy_evidence[i], duplicate_of);
    for (size_t k = pairs_begin[i]; k < pairs_begin[i + 1]; ++k)
      if (pairs[k].scored) judge_pair(pairs[k].other, self, pairs[k].evidence, copies[i], duplicate_of);
    count_title(features_[self]);
    out[i] = BatchMatch{duplicate_of, conflicts_.size()};
  }
  return out;
}

}  // namespace ream::dedupe
