/* The archive writer's batch encoding (afclient/codec/encode-batch.ts tells the layout), apart
 * from its N-API binding in packio.c, so that it runs on threads of its own (encode-pool.h): no
 * codec worker threads with a JavaScript engine each to start, to feed by messages and to
 * compile code for.
 *
 * A batch is laid out as its output would be if nothing shrank: record heads and trailers in
 * place, each chunk's data behind a reserved frame. Encoding fills in the frames and, where zstd
 * shrinks a chunk, moves everything after it to the left, so the input becomes the output. Each
 * chunk of original content also gets its XXH64 (the entry checksum's pieces), and each frame the
 * CRC-32 of what it stores. The bytes are exactly those of zstd-napi's compress() and compress2()
 * on the same zstd sources (zstd-napi's deps, linked in by binding.gyp). */
#ifndef BATCH_ENCODE_H
#define BATCH_ENCODE_H
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "checksum.h"

/* Op types and layout: afclient/codec/encode-batch.ts. */
enum { OP_COPY = 0, OP_RAW = 1, OP_ZSTD = 2, OP_FILTERED = 3, OP_FILE_ZSTD = 4, OP_FILE_RAW = 5 };
enum { OP_TYPE, OP_START, OP_LEN, OP_OFFSET, OP_LEVEL, OP_STRIDE };
/* protocol/archive/format.ts */
#define BODY_FRAME_LEN 28
#define TAG_CHUNK 0x43
#define CHUNK_ZSTD 1
#define CHUNK_FILTERED 2
#define MAX_CHUNK_LEN (4u << 20)
#define PIECE_DIGEST_LEN 8
/* A chunk is compressed on its own, so nothing outside it can be referenced anyway: a chunk
 * larger than the level's default window (512 KiB at level 1) gets a window covering the whole
 * chunk, which finds the repeats a 4 MiB chunk holds. At level 1 the hash table grows with the
 * window, to one entry per 64 bytes of window (2^16 entries for a 4 MiB chunk); with its default
 * 16 K entries the larger window would find few of those repeats. Measured on bench/mktree data
 * in 4 MiB chunks: 8 % smaller than level 1's defaults, for about 10 % less CPU. One entry per
 * 32 bytes (level 1's own ratio) is only 0.3 % smaller than per 64, for about 7 % more CPU. The
 * frames stay ordinary zstd frames with a window of at most the chunk size (4 MiB), which every
 * decoder accepts (its default limit is 128 MiB). */
#define DEFAULT_WINDOW (1u << 19)
/* log2(window / hash table entries) for level 1 with a large window. */
#define LEVEL1_WINDOW_PER_HASH_LOG 6

#define ENCODE_ERROR_LEN 200

/* Per pool thread, made on first use and kept for the life of the process: a context holds
 * megabytes of tables, and the pool's threads encode batch after batch. */
static __thread ZSTD_CCtx *small_cctx;
/* For chunks larger than DEFAULT_WINDOW: their own context, so neither's tables are resized all the time. */
static __thread ZSTD_CCtx *big_cctx;
static __thread uint8_t *compress_scratch;

static void put_be32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}

static void put_be64(uint8_t *p, uint64_t v) {
  put_be32(p, (uint32_t)(v >> 32));
  put_be32(p + 4, (uint32_t)v);
}

/* protocol/archive/format.ts putBodyFrame. */
static void put_body_frame(uint8_t *b, uint8_t tag, uint8_t flags, uint32_t payload_len, uint32_t a, uint64_t big, uint32_t payload_crc) {
  b[0] = tag;
  b[1] = flags;
  b[2] = 0;
  b[3] = 0;
  put_be32(b + 4, payload_len);
  put_be32(b + 8, a);
  put_be64(b + 12, big);
  put_be32(b + 20, payload_crc);
  put_be32(b + 24, crc32_update(0, b, 24));
}

/* The smallest w with 2^w >= n. */
static int window_log_of(size_t n) {
  int w = 0;
  while (((size_t)1 << w) < n) w++;
  return w;
}

/* Compresses src into dst (cap bytes) at `level`: the compressed size, -1 when it would not be
 * smaller than the source or does not fit (the chunk is then stored raw), or -2 with `error`
 * set. */
static int64_t compress_chunk(uint8_t *dst, size_t cap, const uint8_t *src, size_t len, int level, char *error) {
  size_t n;
  if (len > DEFAULT_WINDOW) {
    ZSTD_CCtx *c = big_cctx ? big_cctx : (big_cctx = ZSTD_createCCtx());
    if (!c) goto no_memory;
    int window_log = window_log_of(len);
    /* Session too: a chunk that did not fit (incompressible) leaves the last frame unfinished. */
    ZSTD_CCtx_reset(c, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, window_log);
    if (level == 1) ZSTD_CCtx_setParameter(c, ZSTD_c_hashLog, window_log - LEVEL1_WINDOW_PER_HASH_LOG);
    n = ZSTD_compress2(c, dst, cap, src, len);
  } else {
    ZSTD_CCtx *c = small_cctx ? small_cctx : (small_cctx = ZSTD_createCCtx());
    if (!c) goto no_memory;
    n = ZSTD_compressCCtx(c, dst, cap, src, len, level);
  }
  if (ZSTD_isError(n)) {
    if (ZSTD_getErrorCode(n) == ZSTD_error_dstSize_tooSmall) return -1;
    snprintf(error, ENCODE_ERROR_LEN, "zstd could not compress a chunk of %zu bytes at level %d: %s", len, level, ZSTD_getErrorName(n));
    return -2;
  }
  return n < len ? (int64_t)n : -1;
no_memory:
  snprintf(error, ENCODE_ERROR_LEN, "no memory for a zstd compression context");
  return -2;
}

/* Whether op values are whole numbers in [0, limit]. */
static int op_in(double v, double limit) {
  return v >= 0 && v <= limit && v == floor(v);
}

/* Checks that the ops describe a batch laid out as encode_ops expects within `fill` bytes: every
 * op's bytes inside, in order, each chunk behind room for its frame, a chunk no longer than
 * MAX_CHUNK_LEN. encode_ops writes only where these say, so a wrong batch is an error, never a
 * write outside it. Returns 0 or -1 with `error` set. */
static int check_ops(const double *ops, size_t count, size_t fill, char *error) {
  double end = 0;
  for (size_t k = 0; k < count; k++) {
    const double *op = ops + k * OP_STRIDE;
    double type = op[OP_TYPE], start = op[OP_START], len = op[OP_LEN];
    int chunk = type != OP_COPY;
    if (!op_in(type, OP_FILE_RAW) || !op_in(start, (double)fill) || !op_in(len, (double)fill - start) || !op_in(op[OP_OFFSET], 9007199254740991.0) ||
        !(op[OP_LEVEL] >= -131072 && op[OP_LEVEL] <= 22 && op[OP_LEVEL] == floor(op[OP_LEVEL])) || start < end + (chunk ? BODY_FRAME_LEN : 0) ||
        (chunk && len > MAX_CHUNK_LEN)) {
      snprintf(error, ENCODE_ERROR_LEN, "batch op %zu (type %g, bytes %g..%g) does not fit the batch's layout", k, type, start, start + len);
      return -1;
    }
    end = start + len;
  }
  return 0;
}

/* Turns the file ops of a batch whose files were all read whole and unchanged into the chunks
 * they became (OP_COPY of nothing for an empty file), as afclient/codec/encode-batch.ts
 * readFiles does. */
static void files_read_whole(double *ops, size_t count) {
  for (size_t k = 0; k < count; k++) {
    double *op = ops + k * OP_STRIDE;
    if (op[OP_TYPE] == OP_FILE_ZSTD || op[OP_TYPE] == OP_FILE_RAW) op[OP_TYPE] = op[OP_LEN] > 0 ? (op[OP_TYPE] == OP_FILE_ZSTD ? OP_ZSTD : OP_RAW) : OP_COPY;
  }
}

/* Encodes the batch buf[0 .. fill) described by `count` checked ops (no file ops left) in
 * place: positions[k] gets where op k starts in the output and positions[count] the output's
 * length, digests the XXH64 (big-endian) of each OP_RAW / OP_ZSTD chunk's content in op order.
 * Returns the output's length, or -1 with `error` set. */
static int64_t encode_ops(uint8_t *buf, const double *ops, size_t count, double *positions, uint8_t *digests, char *error) {
  size_t pos = 0, d = 0;
  for (size_t k = 0; k < count; k++) {
    const double *op = ops + k * OP_STRIDE;
    int type = (int)op[OP_TYPE];
    size_t start = (size_t)op[OP_START], len = (size_t)op[OP_LEN];
    positions[k] = (double)pos;
    if (type == OP_COPY) {
      if (pos != start) memmove(buf + pos, buf + start, len);
      pos += len;
      continue;
    }
    size_t body = pos + BODY_FRAME_LEN;
    size_t stored = len;
    uint8_t flags = type == OP_FILTERED ? CHUNK_FILTERED : 0;
    if (type != OP_FILTERED) {
      put_be64(digests + d, xxh64(buf + start, len));
      d += PIECE_DIGEST_LEN;
    }
    int packed = 0;
    if (type == OP_ZSTD) {
      /* Once earlier chunks have shrunk by at least this chunk's length, the output goes
       * straight to its place: the room there lies wholly before the chunk's data. */
      int in_place = start - body >= len;
      uint8_t *dst = in_place ? buf + body : compress_scratch;
      if (!dst && !(dst = compress_scratch = malloc(MAX_CHUNK_LEN))) {
        snprintf(error, ENCODE_ERROR_LEN, "no memory for a chunk's compression");
        return -1;
      }
      int64_t n = compress_chunk(dst, len, buf + start, len, (int)op[OP_LEVEL], error);
      if (n == -2) return -1;
      if (n >= 0) {
        if (!in_place) memcpy(buf + body, dst, (size_t)n);
        stored = (size_t)n;
        flags = CHUNK_ZSTD;
        packed = 1;
      }
    }
    if (!packed && body != start) memmove(buf + body, buf + start, len);
    put_body_frame(buf + pos, TAG_CHUNK, flags, (uint32_t)stored, (uint32_t)len, (uint64_t)op[OP_OFFSET], crc32_update(0, buf + body, stored));
    pos = body + stored;
  }
  positions[count] = (double)pos;
  return (int64_t)pos;
}

#endif
