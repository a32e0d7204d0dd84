// Dedupe's work on the run's workers (-j): the per-record and per-pair
// computations of a batch of records, spread over the workers, with every
// decision taken afterwards on the calling thread in input order.
//
// What may run in parallel is what depends on one record or one pair
// alone: a record's features (extract_features) and a candidate pair's
// evidence (score_pair).  Which earlier records a record meets (the
// blocking index grows record by record), whether two clusters may join,
// the conflicts and the clusters themselves depend on everything before,
// so they stay serial and in order: a batch gives exactly what adding its
// records one at a time gives, whatever the number of workers or the cut
// into pieces.  The workers come as a ParallelFor so that the engine and
// its tests stay free of the host: the stage passes the run's
// ream::Context::parallel_for, tests a plain loop or threads.
#ifndef REAM_DEDUPE_PARALLEL_BATCH_HH
#define REAM_DEDUPE_PARALLEL_BATCH_HH

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "candidate_pairs.hh"
#include "pair_score.hh"
#include "record_fields.hh"

namespace ream::dedupe {

// Calls body(begin, end) over [0, count) in pieces of about `grain`
// indices (0: the runner chooses), possibly at once; returns when all
// are done.  Each piece writes only its own indices.
using PieceBody = std::function<void(size_t begin, size_t end)>;
using ParallelFor = std::function<void(size_t count, size_t grain, const PieceBody& body)>;

// The plain loop: the whole range as one piece, on this thread.
void serial_for(size_t count, size_t grain, const PieceBody& body);

// ICU makes its normalizers and its transliterator on first use, behind
// synchronisation that ThreadSanitizer cannot see (ICU is not built with
// it), so a first use on two workers at once reads as a race.  Using them
// once on the calling thread before any parallel work makes that first
// use happen before every worker's.
void prepare_for_workers();

// The features of fields[i] into out[i], in parallel.  out is resized.
void extract_features_parallel(const std::vector<const Fields*>& fields, std::vector<Features>& out,
                               const ParallelFor& parallel_for);

// A candidate pair of a batch: scored, or ruled out by the identifiers
// (no rule could match it, and add() skips it unscored).
struct BatchPair {
  uint32_t other;  // the earlier record
  bool scored = false;
  Evidence evidence;
};

// A batch's record as its candidate lookup sees it: computed on the
// workers, against the index as the batch found it (parallel_batch.cc).
struct BatchLookup {
  std::array<uint64_t, kBlockSlots> keys{};  // CandidateIndex::block_keys
  IdPrint ids;
  uint64_t profile = 0;  // veto_profile
  // Each block's members before the batch, oldest first, as
  // CandidateIndex::block_members gives them; slot s's are
  // [begin[s], begin[s + 1]).
  std::vector<uint32_t> before;
  std::array<uint32_t, kBlockSlots + 1> begin{};
};

// What Matcher::add_batch says about one record of the batch: what
// Matcher::add returns for it, and how far the matcher's conflicts() list
// had grown once it was added (the conflicts it raised are those from
// the previous record's end to this one).
struct BatchMatch {
  std::optional<uint32_t> duplicate_of;
  size_t conflicts_end = 0;
};

}  // namespace ream::dedupe

#endif
