// The inner loop of MinHash: one hash folded into a signature.
//
// Every title 3-gram and abstract word pair of every record goes through
// it, 32 or 16 multiplications each, which made it a quarter of dedupe's
// instructions.  The portable loop multiplies 64-bit numbers one lane at a
// time; on a CPU with AVX2 the same values come from 32-bit lanes eight at
// a time (signature_kernel.cc), chosen once at run time.  Both give the
// same signature bit for bit: the test compares them.
#ifndef REAM_DEDUPE_SIGNATURE_KERNEL_HH
#define REAM_DEDUPE_SIGNATURE_KERNEL_HH

#include <cstddef>
#include <cstdint>

namespace ream::dedupe {

// The hash functions of a signature: seed i, split into its low and high
// 32 bits (so the wide kernel need not split them per hash).
struct SignatureSeeds {
  const uint64_t* seeds;
  const uint32_t* low;
  const uint32_t* high;
  size_t count;  // a multiple of 8
};

// sig[i] = min(sig[i], bits 32..63 of h * seeds[i] (mod 2^64)), for i
// below seeds.count, for every h of hashes[0, n).  Many hashes per call,
// so that the choice of kernel and the seeds' loads are paid once.
void fold_hashes(uint32_t* sig, const SignatureSeeds& seeds, const uint64_t* hashes, size_t n);
// The same, one 64-bit lane at a time, on any CPU.
void fold_hashes_portable(uint32_t* sig, const SignatureSeeds& seeds, const uint64_t* hashes, size_t n);
// Whether fold_hashes uses the AVX2 lanes on this CPU.
bool fold_hash_is_wide();

}  // namespace ream::dedupe

#endif
