// The record boundaries of one tape file of a directory tape, kept as runs of equal-sized
// records: a tape file written in Tape-Blocksize blocks is a single run whatever its length,
// while variable-size records still cost only one run each. Lookups are O(log runs).

export class RecordRuns {
  private readonly sizes: number[] = [];
  /** Records in runs 0..i inclusive. */
  private readonly endCount: number[] = [];
  /** Bytes in runs 0..i inclusive. */
  private readonly endBytes: number[] = [];

  get count(): number {
    return this.endCount.at(-1) ?? 0;
  }

  get bytes(): number {
    return this.endBytes.at(-1) ?? 0;
  }

  append(size: number, records = 1): void {
    if (records <= 0) return;
    const last = this.sizes.length - 1;
    if (last >= 0 && this.sizes[last] === size) {
      this.endCount[last]! += records;
      this.endBytes[last]! += size * records;
      return;
    }
    this.sizes.push(size);
    this.endCount.push(this.count + records);
    this.endBytes.push(this.bytes + size * records);
  }

  /** The run holding record r (0 <= r < count). */
  private runOf(r: number): number {
    let lo = 0;
    let hi = this.endCount.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.endCount[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  sizeOf(r: number): number {
    return this.sizes[this.runOf(r)]!;
  }

  /** Byte offset of record r in the tape file; r == count gives the end. */
  offsetOf(r: number): number {
    if (r >= this.count) return this.bytes;
    const i = this.runOf(r);
    const startCount = i > 0 ? this.endCount[i - 1]! : 0;
    const startBytes = i > 0 ? this.endBytes[i - 1]! : 0;
    return startBytes + (r - startCount) * this.sizes[i]!;
  }

  /** Keeps the first `records` records. */
  truncate(records: number): void {
    while (this.sizes.length > 0) {
      const i = this.sizes.length - 1;
      const startCount = i > 0 ? this.endCount[i - 1]! : 0;
      if (startCount < records) {
        const keep = records - startCount;
        this.endCount[i] = records;
        this.endBytes[i] = (i > 0 ? this.endBytes[i - 1]! : 0) + keep * this.sizes[i]!;
        return;
      }
      this.sizes.pop();
      this.endCount.pop();
      this.endBytes.pop();
    }
  }

  /** Largest record count whose bytes fit in `bytes`. */
  recordsWithin(bytes: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsetOf(mid) <= bytes) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** [size, records] pairs, in order. */
  runs(): [number, number][] {
    return this.sizes.map((s, i) => [s, this.endCount[i]! - (i > 0 ? this.endCount[i - 1]! : 0)]);
  }
}
