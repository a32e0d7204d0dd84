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

void fold_hash_portable(uint32_t* sig, const SignatureSeeds& seeds, uint64_t h) {
  for (size_t i = 0; i < seeds.count; ++i) {
    auto v = static_cast<uint32_t>((h * seeds.seeds[i]) >> 32);
    sig[i] = std::min(sig[i], v);
  }
}

#ifdef REAM_DEDUPE_AVX2

namespace {

__attribute__((target("avx2"))) void fold_hash_avx2(uint32_t* sig, const SignatureSeeds& seeds, uint64_t h) {
  const __m256i hl = _mm256_set1_epi32(static_cast<int>(static_cast<uint32_t>(h)));
  const __m256i hh = _mm256_set1_epi32(static_cast<int>(static_cast<uint32_t>(h >> 32)));
  for (size_t i = 0; i < seeds.count; i += 8) {
    __m256i sl = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(seeds.low + i));
    __m256i sh = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(seeds.high + i));
    __m256i cross = _mm256_add_epi32(_mm256_mullo_epi32(hl, sh), _mm256_mullo_epi32(hh, sl));
    // Full products of the even lanes and of the odd ones; the high
    // halves go to their lane's place.
    __m256i even = _mm256_mul_epu32(hl, sl);
    __m256i odd = _mm256_mul_epu32(hl, _mm256_srli_epi64(sl, 32));
    __m256i high = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0xAA);
    __m256i v = _mm256_add_epi32(high, cross);
    auto* out = reinterpret_cast<__m256i*>(sig + i);
    _mm256_storeu_si256(out, _mm256_min_epu32(_mm256_loadu_si256(out), v));
  }
}

}  // namespace

bool fold_hash_is_wide() {
  static const bool wide = __builtin_cpu_supports("avx2");
  return wide;
}

void fold_hash(uint32_t* sig, const SignatureSeeds& seeds, uint64_t h) {
  if (fold_hash_is_wide())
    fold_hash_avx2(sig, seeds, h);
  else
    fold_hash_portable(sig, seeds, h);
}

#else

bool fold_hash_is_wide() { return false; }
void fold_hash(uint32_t* sig, const SignatureSeeds& seeds, uint64_t h) { fold_hash_portable(sig, seeds, h); }

#endif

}  // namespace ream::dedupe
