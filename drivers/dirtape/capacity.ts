// The end of a directory tape: a configured size or the free space of the disk, with st's
// early-warning behaviour in front of it (tape-semantics.md 6.1 rules 28-29): the first write
// into the zone reports ENOSPC (landing or not, by configuration), then writes alternate
// between accepted and refused until the physical end.

import fs from 'node:fs/promises';

// Free space changes under us (other users of the disk); look again after this much writing.
const FREE_SPACE_RECHECK_BYTES = 64 << 20;
const DEFAULT_EW_MAX = 64 << 20;

export type EarlyWarningMode = 'write-lands' | 'write-rejected';

/** What a write may do: `bytes` to write (0 = none), and whether to report EW after it landed. */
export type WriteVerdict = { refuse: 'early-warning' | 'end' } | { bytes: number; reportAfter: boolean };

export class CapacityGauge {
  private capacity = Infinity;
  private checkedAt = 0;
  private ewReported = false;
  private ewNextRejected = false;
  /** Where a write last met the physical end; no filemark fits there either. */
  private endMetAt = -1;

  constructor(
    private readonly folder: string,
    private readonly limit: number | 'free-space' | undefined,
    private readonly ewBytes: number | undefined,
    private readonly mode: EarlyWarningMode,
  ) {}

  /** `total`: payload bytes the tape holds now (counted as used, not free). */
  async refresh(total: number): Promise<void> {
    if (this.limit === undefined) return;
    if (this.limit !== 'free-space') {
      this.capacity = this.limit;
      return;
    }
    const s = await fs.statfs(this.folder);
    this.capacity = total + s.bavail * s.bsize;
    this.checkedAt = total;
  }

  get earlyWarningAt(): number {
    return this.capacity - (this.ewBytes ?? Math.min(Math.floor(this.capacity / 100), DEFAULT_EW_MAX));
  }

  /** Decides a write of `length` bytes (whole `unit`s) when `used` bytes precede it. */
  async admit(used: number, length: number, unit: number): Promise<WriteVerdict> {
    if (this.limit === 'free-space' && used - this.checkedAt >= FREE_SPACE_RECHECK_BYTES) await this.refresh(used);
    if (used >= this.capacity) return this.endAt(used);
    // Without a zone (earlyWarningBytes 0) the physical end simply cuts the write short.
    const inZone = this.earlyWarningAt < this.capacity && used + length > this.earlyWarningAt;
    let reportAfter = false;
    if (!inZone) this.ewReported = false;
    else if (this.ewReported) {
      const rejected = this.ewNextRejected;
      this.ewNextRejected = !rejected;
      if (rejected) return { refuse: 'early-warning' };
    } else {
      this.ewReported = true;
      // From here st alternates: refused after a write that landed, accepted after one that did not.
      this.ewNextRejected = this.mode === 'write-lands';
      if (!this.ewNextRejected) return { refuse: 'early-warning' };
      reportAfter = true;
    }
    const room = this.capacity - used;
    const bytes = room >= length ? length : room - (room % unit);
    if (bytes === 0) return this.endAt(used);
    if (bytes < length) this.endMetAt = used + bytes;
    return { bytes, reportAfter };
  }

  private endAt(used: number): WriteVerdict {
    this.endMetAt = used;
    return { refuse: 'end' };
  }

  /** Whether a filemark still fits after `used` bytes. */
  filemarkFits(used: number): boolean {
    return used < this.capacity && used !== this.endMetAt;
  }
}
