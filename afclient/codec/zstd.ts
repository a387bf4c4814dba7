// zstd through zstd-napi's context objects. One compression and one decompression context per
// thread, created on first use and reused for every chunk: a context holds megabytes of tables,
// so creating one per file (or a stream per file) would dominate the cost of small files.
import zstd from 'zstd-napi/binding.js';

let cctx: zstd.CCtx | undefined;
let dctx: zstd.DCtx | undefined;

/**
 * Compresses `src` into `dst` (usually `src.length` bytes long) and returns the compressed size,
 * or -1 when the result would not be smaller than `dst` allows: the caller then stores the chunk
 * raw.
 */
export function compressInto(dst: Uint8Array, src: Uint8Array, level: number): number {
  cctx ??= new zstd.CCtx();
  try {
    const n = cctx.compress(dst, src, level);
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
