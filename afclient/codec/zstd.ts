// zstd through zstd-napi's context objects. Compression and decompression contexts are created
// per thread on first use and reused for every chunk: a context holds megabytes of tables, so
// creating one per file (or a stream per file) would dominate the cost of small files.
//
// A chunk is compressed on its own, so nothing outside it can be referenced anyway: large chunks
// get a window covering the whole chunk instead of the level's default (512 KiB at level 1),
// which finds the repeats a 4 MiB chunk holds. At level 1 the hash table grows with the window,
// to one entry per 64 bytes of window (2^16 entries for a 4 MiB chunk); with its default 16 K
// entries the larger window would find few of those repeats. Measured on bench/mktree data in
// 4 MiB chunks: 8 % smaller than level 1's defaults, for about 10 % less CPU. One entry per 32
// bytes (level 1's own ratio) is only 0.3 % smaller than per 64, for about 7 % more CPU. The
// frames stay ordinary zstd frames with a window of at most the chunk size (4 MiB), which every
// decoder accepts (its default limit is 128 MiB).
import zstd from 'zstd-napi/binding.js';

/** Chunks up to this size use the level's own parameters (its window already covers them). */
const DEFAULT_WINDOW = 1 << 19;
/** log2(window / hash table entries) for level 1 with a large window. */
const LEVEL1_WINDOW_PER_HASH_LOG = 6;

let cctx: zstd.CCtx | undefined;
/** For chunks larger than DEFAULT_WINDOW: their own context, so neither's tables are resized all the time. */
let bigCctx: zstd.CCtx | undefined;
let dctx: zstd.DCtx | undefined;

function compressLarge(dst: Uint8Array, src: Uint8Array, level: number): number {
  const c = (bigCctx ??= new zstd.CCtx());
  const windowLog = Math.ceil(Math.log2(src.length));
  // Session too: a chunk that did not fit (incompressible) leaves the last frame unfinished.
  c.reset(zstd.ResetDirective.sessionAndParameters);
  c.setParameter(zstd.CParameter.compressionLevel, level);
  c.setParameter(zstd.CParameter.windowLog, windowLog);
  if (level === 1) c.setParameter(zstd.CParameter.hashLog, windowLog - LEVEL1_WINDOW_PER_HASH_LOG);
  return c.compress2(dst, src);
}

/**
 * Compresses `src` into `dst` (usually `src.length` bytes long) and returns the compressed size,
 * or -1 when the result would not be smaller than `dst` allows: the caller then stores the chunk
 * raw.
 */
export function compressInto(dst: Uint8Array, src: Uint8Array, level: number): number {
  try {
    const n = src.length > DEFAULT_WINDOW ? compressLarge(dst, src, level) : (cctx ??= new zstd.CCtx()).compress(dst, src, level);
    return n < src.length ? n : -1;
  } catch (err) {
    if (err instanceof Error && /too small/i.test(err.message)) return -1;
    throw err;
  }
}

/**
 * Decompresses one chunk into `dst`, which must have exactly the chunk's original length.
 * Throws when the compressed bytes are not one valid frame of that length.
 */
export function decompressInto(dst: Uint8Array, src: Uint8Array): void {
  dctx ??= new zstd.DCtx();
  const n = dctx.decompress(dst, src);
  if (n !== dst.length) throw new Error(`zstd chunk decodes to ${n} bytes, expected ${dst.length}`);
}
