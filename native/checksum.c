/* XXH64, CRC-32 (zlib's, IEEE) and CRC-64/XZ, and the virtual tape's payload checksum made of them, for the
 * vtio addon (vtio.c). Written from the published descriptions: XXH64 from the xxHash
 * specification (Collet, xxhash_spec.md), the CRC folding with carry-less multiplication from
 * Gopal et al., "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ Instruction"
 * (Intel, 2009), with a byte-table fallback for other CPUs. */
#include "checksum.h"
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#define VTIO_CLMUL 1
#endif

/* ---- XXH64, seed 0 ------------------------------------------------------------------------ */

static const uint64_t P1 = 0x9E3779B185EBCA87ULL, P2 = 0xC2B2AE3D27D4EB4FULL, P3 = 0x165667B19E3779F9ULL,
                      P4 = 0x85EBCA77C2B2AE63ULL, P5 = 0x27D4EB2F165667C5ULL;

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static inline uint64_t read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; } /* little-endian host */
static inline uint32_t read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t xround(uint64_t acc, uint64_t lane) { return rotl64(acc + lane * P2, 31) * P1; }
static inline uint64_t xmerge(uint64_t h, uint64_t v) { return (h ^ xround(0, v)) * P1 + P4; }

uint64_t xxh64(const uint8_t *p, size_t len) {
  const uint8_t *end = p + len;
  uint64_t h;
  if (len >= 32) {
    uint64_t v1 = P1 + P2, v2 = P2, v3 = 0, v4 = -P1;
    const uint8_t *limit = end - 32;
    do {
      v1 = xround(v1, read64(p));
      v2 = xround(v2, read64(p + 8));
      v3 = xround(v3, read64(p + 16));
      v4 = xround(v4, read64(p + 24));
      p += 32;
    } while (p <= limit);
    h = rotl64(v1, 1) + rotl64(v2, 7) + rotl64(v3, 12) + rotl64(v4, 18);
    h = xmerge(h, v1);
    h = xmerge(h, v2);
    h = xmerge(h, v3);
    h = xmerge(h, v4);
  } else {
    h = P5;
  }
  h += (uint64_t)len;
  for (; p + 8 <= end; p += 8) h = rotl64(h ^ xround(0, read64(p)), 27) * P1 + P4;
  if (p + 4 <= end) {
    h = rotl64(h ^ ((uint64_t)read32(p) * P1), 23) * P2 + P3;
    p += 4;
  }
  for (; p < end; p++) h = rotl64(h ^ (*p * P5), 11) * P1;
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  return h;
}

/* ---- CRC-32 (zlib's, reflected polynomial 0xEDB88320) and CRC-64/XZ (ECMA-182, reflected
 * 0xC96C5795D7870F42): tables, and carry-less folding shared by both --------------------------- */

static uint32_t crc_table[8][256];
static uint64_t crc64_table[8][256];

static void crc_init_tables(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    crc_table[0][n] = c;
    uint64_t d = n;
    for (int k = 0; k < 8; k++) d = (d & 1) ? 0xC96C5795D7870F42ULL ^ (d >> 1) : d >> 1;
    crc64_table[0][n] = d;
  }
  for (uint32_t n = 0; n < 256; n++) {
    for (int t = 1; t < 8; t++) {
      crc_table[t][n] = crc_table[0][crc_table[t - 1][n] & 0xff] ^ (crc_table[t - 1][n] >> 8);
      crc64_table[t][n] = crc64_table[0][crc64_table[t - 1][n] & 0xff] ^ (crc64_table[t - 1][n] >> 8);
    }
  }
}

/* The register without zlib's pre- and post-inversion; eight bytes per step (slicing by 8). */
static uint32_t crc_raw_table(uint32_t c, const uint8_t *p, size_t len) {
  for (; len >= 8; p += 8, len -= 8) {
    uint32_t lo = read32(p) ^ c, hi = read32(p + 4);
    c = crc_table[7][lo & 0xff] ^ crc_table[6][(lo >> 8) & 0xff] ^ crc_table[5][(lo >> 16) & 0xff] ^ crc_table[4][lo >> 24] ^
        crc_table[3][hi & 0xff] ^ crc_table[2][(hi >> 8) & 0xff] ^ crc_table[1][(hi >> 16) & 0xff] ^ crc_table[0][hi >> 24];
  }
  while (len--) c = crc_table[0][(c ^ *p++) & 0xff] ^ (c >> 8);
  return c;
}

/* The same for CRC-64: what folding leaves, and CPUs without carry-less multiplication. */
static uint64_t crc64_raw_table(uint64_t c, const uint8_t *p, size_t len) {
  for (; len >= 8; p += 8, len -= 8) {
    uint64_t x = read64(p) ^ c;
    c = crc64_table[7][x & 0xff] ^ crc64_table[6][(x >> 8) & 0xff] ^ crc64_table[5][(x >> 16) & 0xff] ^ crc64_table[4][(x >> 24) & 0xff] ^
        crc64_table[3][(x >> 32) & 0xff] ^ crc64_table[2][(x >> 40) & 0xff] ^ crc64_table[1][(x >> 48) & 0xff] ^ crc64_table[0][x >> 56];
  }
  while (len--) c = crc64_table[0][(c ^ *p++) & 0xff] ^ (c >> 8);
  return c;
}

#ifdef VTIO_CLMUL
static int have_clmul, have_vclmul;

/*
 * Folding, as in Gopal et al.: in the bit-reflected domain a 128-bit register holds a polynomial
 * whose high-degree half is its low 64 bits (H) and low-degree half its high 64 bits (L). Moving
 * it D bits further along the message multiplies it by x^D: H*x^(64+D) + L*x^D, with both powers
 * reduced modulo the CRC polynomial; a carry-less product of reflected operands comes out one bit
 * short, so the constants are x^(63+D) and x^(D-1) mod P, reflected into 64 bits. They are
 * computed at load for each polynomial: D = 2048 (four 512-bit registers), 512 (one, or four
 * 128-bit lanes) and 128 (one lane).
 */
typedef struct {
  uint64_t d2048[2], d512[2], d128[2];
} FoldConstants;

static FoldConstants crc32_fold, crc64_fold;

static uint64_t reflect64(uint64_t v) {
  uint64_t r = 0;
  for (int i = 0; i < 64; i++) r |= ((v >> i) & 1) << (63 - i);
  return r;
}

/* x^e mod P, P = x^width + `poly` (not reflected), reflected into 64 bits. */
static uint64_t xpow_mod(unsigned e, uint64_t poly, int width) {
  uint64_t top = 1ULL << (width - 1), mask = width == 64 ? ~0ULL : (1ULL << width) - 1, r = 1;
  for (unsigned i = 0; i < e; i++) r = ((r & top) ? (r << 1) ^ poly : r << 1) & mask;
  return reflect64(r);
}

static void fold_constants(FoldConstants *k, uint64_t poly, int width) {
  const unsigned d[3] = {2048, 512, 128};
  uint64_t *out[3] = {k->d2048, k->d512, k->d128};
  for (int i = 0; i < 3; i++) {
    out[i][0] = xpow_mod(63 + d[i], poly, width);
    out[i][1] = xpow_mod(d[i] - 1, poly, width);
  }
}

__attribute__((target("pclmul,sse4.1"))) static inline __m128i fold(__m128i x, __m128i k, __m128i data) {
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), data);
}

__attribute__((target("pclmul,sse4.1"))) static inline __m128i kpair(const uint64_t k[2]) {
  return _mm_set_epi64x((long long)k[1], (long long)k[0]);
}

/*
 * Folds the whole 16-byte blocks of p[0..len) (len >= 64), the register `c` xored into the
 * first, into one 128-bit remainder stored in rest: the message `rest` followed by p[*used..len)
 * has, from a zero register, the CRC of p from `c`.
 */
__attribute__((target("pclmul,sse4.1"))) static size_t fold_clmul(const FoldConstants *k, uint64_t c, const uint8_t *p, size_t len, uint8_t rest[16]) {
  const uint8_t *start = p;
  const __m128i k4 = kpair(k->d512), k1 = kpair(k->d128);
  __m128i x0 = _mm_xor_si128(_mm_loadu_si128((const __m128i *)p), _mm_cvtsi64_si128((long long)c));
  __m128i x1 = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i x2 = _mm_loadu_si128((const __m128i *)(p + 32));
  __m128i x3 = _mm_loadu_si128((const __m128i *)(p + 48));
  p += 64;
  len -= 64;
  for (; len >= 64; p += 64, len -= 64) {
    x0 = fold(x0, k4, _mm_loadu_si128((const __m128i *)p));
    x1 = fold(x1, k4, _mm_loadu_si128((const __m128i *)(p + 16)));
    x2 = fold(x2, k4, _mm_loadu_si128((const __m128i *)(p + 32)));
    x3 = fold(x3, k4, _mm_loadu_si128((const __m128i *)(p + 48)));
  }
  x0 = fold(x0, k1, x1);
  x0 = fold(x0, k1, x2);
  x0 = fold(x0, k1, x3);
  for (; len >= 16; p += 16, len -= 16) x0 = fold(x0, k1, _mm_loadu_si128((const __m128i *)p));
  _mm_storeu_si128((__m128i *)rest, x0);
  return (size_t)(p - start);
}

__attribute__((target("avx512f,avx512vl,vpclmulqdq,pclmul,sse4.1"))) static inline __m512i vfold(__m512i x, __m512i k, __m512i data) {
  return _mm512_ternarylogic_epi64(_mm512_clmulepi64_epi128(x, k, 0x00), _mm512_clmulepi64_epi128(x, k, 0x11), data, 0x96);
}

/* As fold_clmul, four 512-bit registers at a time (256 bytes per step). Needs len >= 256. */
__attribute__((target("avx512f,avx512vl,vpclmulqdq,pclmul,sse4.1"))) static size_t fold_vclmul(const FoldConstants *k, uint64_t c, const uint8_t *p, size_t len, uint8_t rest[16]) {
  const uint8_t *start = p;
  const __m512i k256 = _mm512_broadcast_i32x4(kpair(k->d2048));
  const __m512i k64 = _mm512_broadcast_i32x4(kpair(k->d512));
  const __m128i k1 = kpair(k->d128);
  __m512i x0 = _mm512_xor_si512(_mm512_loadu_si512(p), _mm512_castsi128_si512(_mm_cvtsi64_si128((long long)c)));
  __m512i x1 = _mm512_loadu_si512(p + 64), x2 = _mm512_loadu_si512(p + 128), x3 = _mm512_loadu_si512(p + 192);
  p += 256;
  len -= 256;
  for (; len >= 256; p += 256, len -= 256) {
    x0 = vfold(x0, k256, _mm512_loadu_si512(p));
    x1 = vfold(x1, k256, _mm512_loadu_si512(p + 64));
    x2 = vfold(x2, k256, _mm512_loadu_si512(p + 128));
    x3 = vfold(x3, k256, _mm512_loadu_si512(p + 192));
  }
  x0 = vfold(x0, k64, x1);
  x0 = vfold(x0, k64, x2);
  x0 = vfold(x0, k64, x3);
  __m128i r = _mm512_extracti32x4_epi32(x0, 0);
  r = fold(r, k1, _mm512_extracti32x4_epi32(x0, 1));
  r = fold(r, k1, _mm512_extracti32x4_epi32(x0, 2));
  r = fold(r, k1, _mm512_extracti32x4_epi32(x0, 3));
  for (; len >= 16; p += 16, len -= 16) r = fold(r, k1, _mm_loadu_si128((const __m128i *)p));
  _mm_storeu_si128((__m128i *)rest, r);
  return (size_t)(p - start);
}

/* Folds what is worth folding: the bytes consumed, 0 when p is too short or the CPU cannot. */
static size_t fold_any(const FoldConstants *k, uint64_t c, const uint8_t *p, size_t len, uint8_t rest[16]) {
  if (have_vclmul && len >= 1024) return fold_vclmul(k, c, p, len, rest);
  if (have_clmul && len >= 256) return fold_clmul(k, c, p, len, rest);
  return 0;
}
#endif

/* zlib's crc32(crc, p, len). */
uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t len) {
  uint32_t c = ~crc;
#ifdef VTIO_CLMUL
  uint8_t rest[16];
  size_t used = fold_any(&crc32_fold, c, p, len, rest);
  if (used > 0) return ~crc_raw_table(crc_raw_table(0, rest, 16), p + used, len - used);
#endif
  return ~crc_raw_table(c, p, len);
}

/* CRC-64/XZ. */
uint64_t crc64(const uint8_t *p, size_t len) {
  uint64_t c = ~0ULL;
#ifdef VTIO_CLMUL
  uint8_t rest[16];
  size_t used = fold_any(&crc64_fold, c, p, len, rest);
  if (used > 0) return ~crc64_raw_table(crc64_raw_table(0, rest, 16), p + used, len - used);
#endif
  return ~crc64_raw_table(c, p, len);
}

/* ---- the cartridge's payload checksum (drivers/vtape/FORMAT.md) ------------------------------ */

#define XXH64_PIECE (4u << 20)

/* Version 1: CRC-32. Version 2: XXH64; above XXH64_PIECE, the XXH64 of the pieces' big-endian
 * digests. Version 3: CRC-64/XZ. */
uint64_t payload_checksum(int version, const uint8_t *p, size_t len) {
  if (version < 2) return crc32_update(0, p, len);
  if (version >= 3) return crc64(p, len);
  if (len <= XXH64_PIECE) return xxh64(p, len);
  size_t pieces = (len + XXH64_PIECE - 1) / XXH64_PIECE;
  uint8_t *digests = malloc(8 * pieces);
  if (!digests) abort();
  for (size_t i = 0; i < pieces; i++) {
    size_t n = len - i * XXH64_PIECE < XXH64_PIECE ? len - i * XXH64_PIECE : XXH64_PIECE;
    uint64_t d = xxh64(p + i * XXH64_PIECE, n);
    for (int b = 0; b < 8; b++) digests[8 * i + b] = (uint8_t)(d >> (56 - 8 * b));
  }
  uint64_t h = xxh64(digests, 8 * pieces);
  free(digests);
  return h;
}

void checksum_init(void) {
  crc_init_tables();
#ifdef VTIO_CLMUL
  __builtin_cpu_init();
  have_clmul = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
  have_vclmul = have_clmul && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("vpclmulqdq");
  fold_constants(&crc32_fold, 0x04C11DB7u, 32);
  fold_constants(&crc64_fold, 0x42F0E1EBA9EA3693ULL, 64);
#endif
}
