// The in-memory map of a loaded cartridge: for every logical block address (records and
// filemarks alike, as st counts them) where its frame lies in the cartridge file, how long its
// payload is and its checksum. Filemark addresses are kept sorted on the side so that spacing
// over files and computing the file/block number are binary searches, not scans.
import { FILEMARK_COST_BYTES, FRAME_SIZE, HEADER_SIZE } from './format.js';

const FILEMARK = -1;

export class ObjectIndex {
  /** Frame offset of each object; offsets[count] is where the next frame goes. */
  private offsets = new Float64Array(1024);
  /** Payload length, or FILEMARK. */
  private lengths = new Int32Array(1024);
  private checksums = new BigUint64Array(1024);
  private filemarks: number[] = [];
  private n = 0;

  constructor() {
    this.offsets[0] = HEADER_SIZE;
  }

  /** Number of objects; also the address of end of data. */
  get count(): number {
    return this.n;
  }

  /** File offset just past the last object. */
  get endOffset(): number {
    return this.offsets[this.n]!;
  }

  append(length: number | 'filemark', payloadChecksum: bigint): void {
    if (this.n + 1 >= this.offsets.length) this.grow();
    const a = this.n;
    const payload = length === 'filemark' ? 0 : length;
    this.lengths[a] = length === 'filemark' ? FILEMARK : length;
    this.checksums[a] = payloadChecksum;
    this.offsets[a + 1] = this.offsets[a]! + FRAME_SIZE + payload;
    if (length === 'filemark') this.filemarks.push(a);
    this.n = a + 1;
  }

  /** Forgets every object at and after `address` (the medium is overwritten from there). */
  truncate(address: number): void {
    if (address >= this.n) return;
    this.n = address;
    this.filemarks.length = this.filemarksBefore(address);
  }

  isFilemark(address: number): boolean {
    return this.lengths[address] === FILEMARK;
  }

  /** Payload length of the record at address. */
  recordLength(address: number): number {
    return this.lengths[address]!;
  }

  payloadChecksum(address: number): bigint {
    return this.checksums[address]!;
  }

  frameOffset(address: number): number {
    return this.offsets[address]!;
  }

  payloadOffset(address: number): number {
    return this.offsets[address]! + FRAME_SIZE;
  }

  /** Filemarks at addresses below `address`: the st file number there. */
  filemarksBefore(address: number): number {
    let lo = 0;
    let hi = this.filemarks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.filemarks[mid]! < address) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Address of the k-th filemark (0-based), or undefined. */
  filemarkAt(k: number): number | undefined {
    return k >= 0 ? this.filemarks[k] : undefined;
  }

  /** Records between the last filemark before `address` (or BOT) and `address`: st's block number. */
  blockNumber(address: number): number {
    const k = this.filemarksBefore(address);
    return k === 0 ? address : address - this.filemarks[k - 1]! - 1;
  }

  /** Medium consumed by the objects below `address`: payload bytes plus the filemarks' cost. */
  usedBytes(address: number): number {
    const payload = this.offsets[address]! - HEADER_SIZE - FRAME_SIZE * address;
    return payload + FILEMARK_COST_BYTES * this.filemarksBefore(address);
  }

  private grow(): void {
    const size = this.offsets.length * 2;
    const offsets = new Float64Array(size);
    offsets.set(this.offsets);
    const lengths = new Int32Array(size);
    lengths.set(this.lengths);
    const checksums = new BigUint64Array(size);
    checksums.set(this.checksums);
    this.offsets = offsets;
    this.lengths = lengths;
    this.checksums = checksums;
  }
}
