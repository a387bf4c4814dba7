// Memory for the file data the packer reads: one ring of 3 chunks, reused for the whole run, so
// reading 1 GB does not allocate 1 GB of buffers for the garbage collector (and V8's external
// memory accounting, which answers a stream of large buffers with full collections).
//
// Contract with the consumer: it is done with a segment when it asks for the next one, and with
// an entry's content when it asks for the next entry. So what must stay intact is one small file
// read whole (at most CHUNK bytes) or, for a large file read one chunk ahead, two chunks: the
// most recent allocations, never more than 2 * CHUNK bytes including the new one. A new
// allocation goes behind the last one or, if it does not fit, to the start of the ring; with
// room for three chunks, that start lies more than a chunk behind everything still in use.
import { CHUNK } from './file-source.js';

const RING = 3 * CHUNK;

export class ReadRing {
  private readonly ring = Buffer.allocUnsafeSlow(RING);
  private used = 0;

  /** `size` bytes (at most CHUNK), intact until 2 * CHUNK more bytes have been allocated. */
  alloc = (size: number): Buffer => {
    if (size > CHUNK) throw new RangeError(`read buffer of ${size} bytes exceeds ${CHUNK}`);
    if (this.used + size > RING) this.used = 0;
    const b = this.ring.subarray(this.used, this.used + size);
    this.used += size;
    return b;
  };
}
