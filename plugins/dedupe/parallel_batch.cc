// A batch of records matched with its per-record and per-pair work on the
// workers (see parallel_batch.hh for what may run in parallel and why).
//
// Matcher::add_batch runs in four passes.  First, on the workers, each
// record's block keys, identifier prints and veto profile, and the
// members each of its blocks had before the batch (the index is only
// read).  Then, on this thread and in input order, each record's
// candidates are put together exactly as Matcher::add would find them:
// of each block, the newest members up to the cap of the index as it
// would stand when the record arrives, which are the batch's own earlier
// records in that block (followed back through a small per-batch table)
// and, for the places left, the newest of the members from before the
// batch.  That serial step touches only the batch's small table, not the
// whole index, whose lookups miss the cache; the records then join the
// index in order.  Third, every candidate pair is scored on the workers,
// each result stored at its pair's index.  Last, on this thread and in
// input order again, the stored evidence goes through the same steps as
// add()'s (join_copy, judge_pair): conflicts, cluster checks and unions
// see exactly what they would have seen one record at a time.
#include "parallel_batch.hh"

#include <ream/text.hpp>

#include <algorithm>

#include "matcher.hh"
#include "vetoes.hh"

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

namespace {

constexpr uint32_t kNoEntry = UINT32_MAX;

// Pass 1 for one record: what its lookup needs, against the index as the
// batch found it.
void look_up_before(const CandidateIndex& index, const Features& f, BatchLookup& out) {
  out.keys = CandidateIndex::block_keys(f);
  out.ids = id_print(f);
  out.profile = veto_profile(f);
  out.before.clear();
  for (size_t s = 0; s < kBlockSlots; ++s) {
    out.begin[s] = static_cast<uint32_t>(out.before.size());
    if (out.keys[s]) index.block_members(out.keys[s], out.ids, out.before);
  }
  out.begin[kBlockSlots] = static_cast<uint32_t>(out.before.size());
}

// The batch's records as blocks see them: entry j * kBlockSlots + s is
// record j's slot s; `last` maps a block key to its newest entry and
// `previous` each entry to the one before it in the same block.
struct BatchBlocks {
  boost::unordered_flat_map<uint64_t, uint32_t>& last;
  std::vector<uint32_t>& previous;

  // Record i's candidates, as CandidateIndex::comparable_candidates
  // would give them with the records before i added: ascending, unique.
  void candidates(const std::vector<BatchLookup>& lookups, size_t i, uint32_t first, size_t cap,
                  std::vector<uint32_t>& out) const {
    const BatchLookup& me = lookups[i];
    out.clear();
    for (size_t s = 0; s < kBlockSlots; ++s) {
      if (!me.keys[s]) continue;
      // The batch's members, newest first: a full block keeps the newest.
      size_t taken = 0;
      auto it = last.find(me.keys[s]);
      for (uint32_t e = it == last.end() ? kNoEntry : it->second; e != kNoEntry && taken < cap; e = previous[e]) {
        ++taken;
        size_t j = e / kBlockSlots;
        if (!prints_differ(lookups[j].ids, me.ids)) out.push_back(first + static_cast<uint32_t>(j));
      }
      // The places left go to the newest members from before the batch.
      size_t end = me.begin[s + 1], keep = std::min<size_t>(end - me.begin[s], cap - taken);
      for (size_t k = end - keep; k < end; ++k)
        if (me.before[k] & CandidateIndex::kComparable) out.push_back(me.before[k] & ~CandidateIndex::kComparable);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  // Record i joins its blocks, as CandidateIndex::add would (a key in two
  // slots counts twice there too).
  void add(const BatchLookup& lookup, size_t i) {
    for (size_t s = 0; s < kBlockSlots; ++s) {
      if (!lookup.keys[s]) continue;
      auto entry = static_cast<uint32_t>(i * kBlockSlots + s);
      auto [it, fresh] = last.try_emplace(lookup.keys[s], entry);
      previous[entry] = fresh ? kNoEntry : it->second;
      it->second = entry;
    }
  }
};

}  // namespace

std::vector<BatchMatch> Matcher::add_batch(std::vector<Features>&& batch,
                                           const std::vector<std::optional<uint32_t>>& copies,
                                           const ParallelFor& parallel_for) {
  const auto first = static_cast<uint32_t>(features_.size());
  const size_t n = batch.size();
  // Pass 1: keys, prints, profiles and the blocks' earlier members, on
  // the workers.  Kept between batches for their capacity.
  std::vector<BatchLookup>& lookups = batch_lookups_;
  if (lookups.size() < n) lookups.resize(n);
  parallel_for(n, 0, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) look_up_before(index_, batch[i], lookups[i]);
  });
  // Pass 2: candidates, in order; then the records join the index.
  // Kept between batches: a batch's pairs run to megabytes, and memory
  // handed back to the system each time costs more than scoring them.
  std::vector<BatchPair>& pairs = batch_pairs_;
  pairs.clear();
  std::vector<size_t> pairs_begin(n + 1, 0);
  batch_last_.clear();
  batch_previous_.assign(n * kBlockSlots, kNoEntry);
  BatchBlocks blocks{batch_last_, batch_previous_};
  for (size_t i = 0; i < n; ++i) {
    blocks.candidates(lookups, i, first, index_.bucket_cap(), scratch_);
    for (uint32_t other : scratch_) pairs.push_back(BatchPair{other, false, {}});
    pairs_begin[i + 1] = pairs.size();
    blocks.add(lookups[i], i);
  }
  for (size_t i = 0; i < n; ++i) {
    index_.add(first + static_cast<uint32_t>(i), lookups[i].keys, lookups[i].ids);
    profiles_.push_back(lookups[i].profile);
    features_.push_back(std::move(batch[i]));
  }
  // Pass 3: every pair's evidence, on the workers.  The pieces are
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
  // Pass 4: the decisions, in order.
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
