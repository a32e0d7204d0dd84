// MinHash folding, portable and with AVX2 (see signature_kernel.hh).
//
// Bits 32..63 of h * s, with h = hh:hl and s = sh:sl in 32-bit halves,
// are hi32(hl * sl) + lo32(hl * sh) + lo32(hh * sl) modulo 2^32: the
// low half of hl * sl is shifted out and hh * sh lies wholly above bit
// 63.  AVX2 has the 32-bit products (mullo for the low halves, mul_epu32
// for the full product of every other lane) and an unsigned minimum, so
// eight lanes cost about as much as one did.  The kernel is compiled for
// AVX2 alone (a target attribute) and called only when the CPU has it, so
// the binary still runs on any x86-64.
#include "signature_kernel.hh"

#include <algorithm>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define REAM_DEDUPE_AVX2 1
#endif

namespace ream::dedupe {

void fold_hashes_portable(uint32_t* sig, const SignatureSeeds& seeds, const uint64_t* hashes, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    for (size_t i = 0; i < seeds.count; ++i) {
      auto v = static_cast<uint32_t>((hashes[k] * seeds.seeds[i]) >> 32);
      sig[i] = std::min(sig[i], v);
    }
  }
}

#ifdef REAM_DEDUPE_AVX2

namespace {

// Eight lanes at a time, each run through every hash while its seeds
// and its minima stay in registers.
__attribute__((target("avx2"))) void fold_hashes_avx2(uint32_t* sig, const SignatureSeeds& seeds,
                                                      const uint64_t* hashes, size_t n) {
  for (size_t i = 0; i < seeds.count; i += 8) {
    const __m256i sl = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(seeds.low + i));
    const __m256i sh = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(seeds.high + i));
    const __m256i sl_odd = _mm256_srli_epi64(sl, 32);
    auto* out = reinterpret_cast<__m256i*>(sig + i);
    __m256i least = _mm256_loadu_si256(out);
    for (size_t k = 0; k < n; ++k) {
      const __m256i hl = _mm256_set1_epi32(static_cast<int>(static_cast<uint32_t>(hashes[k])));
      const __m256i hh = _mm256_set1_epi32(static_cast<int>(static_cast<uint32_t>(hashes[k] >> 32)));
      __m256i cross = _mm256_add_epi32(_mm256_mullo_epi32(hl, sh), _mm256_mullo_epi32(hh, sl));
      // Full products of the even lanes and of the odd ones; the high
      // halves go to their lane's place.
      __m256i even = _mm256_mul_epu32(hl, sl);
      __m256i odd = _mm256_mul_epu32(hl, sl_odd);
      __m256i high = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0xAA);
      least = _mm256_min_epu32(least, _mm256_add_epi32(high, cross));
    }
    _mm256_storeu_si256(out, least);
  }
}

}  // namespace

bool fold_hash_is_wide() {
  static const bool wide = __builtin_cpu_supports("avx2");
  return wide;
}

void fold_hashes(uint32_t* sig, const SignatureSeeds& seeds, const uint64_t* hashes, size_t n) {
  if (fold_hash_is_wide())
    fold_hashes_avx2(sig, seeds, hashes, n);
  else
    fold_hashes_portable(sig, seeds, hashes, n);
}

#else

bool fold_hash_is_wide() { return false; }
void fold_hashes(uint32_t* sig, const SignatureSeeds& seeds, const uint64_t* hashes, size_t n) {
  fold_hashes_portable(sig, seeds, hashes, n);
}

#endif

}  // namespace ream::dedupe
