// XXH64 (xxHash, 64-bit, seed 0) for the per-chunk content digests: several times faster than
// SHA-256, and node:crypto has no fast non-cryptographic hash. Computed natively (native/vtio.c)
// on the caller's bytes in place, in any thread.
import { xxh64 } from '../../native/vtio.js';

/** XXH64 with seed 0 of `data` (any length), as 8 big-endian bytes written to `out` at `at`. */
export function xxh64Into(data: Uint8Array, out: Uint8Array, at: number): void {
  new DataView(out.buffer, out.byteOffset + at, 8).setBigUint64(0, xxh64(data));
}
