// zstd decompression through zstd-napi's context object, created per thread on first use and
// reused for every chunk: a context holds megabytes of tables, so creating one per file (or a
// stream per file) would dominate the cost of small files. (Compression runs natively with the
// batch encoding: native/batch-encode.h.)
import zstd from 'zstd-napi/binding.js';

let dctx: zstd.DCtx | undefined;

/**
 * Decompresses one chunk into `dst`, which must have exactly the chunk's original length.
 * Throws when the compressed bytes are not one valid frame of that length.
 */
export function decompressInto(dst: Uint8Array, src: Uint8Array): void {
  dctx ??= new zstd.DCtx();
  const n = dctx.decompress(dst, src);
  if (n !== dst.length) throw new Error(`zstd chunk decodes to ${n} bytes, expected ${dst.length}`);
}
