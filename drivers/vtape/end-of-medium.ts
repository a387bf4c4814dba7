// What st does to writes near the end of the medium (tape-semantics.md rules 28-29): past the
// early-warning point writes fail with ENOSPC and succeed in turn, so that a trailer can still
// be written; at the physical end every write fails. Two drives disagree on the write that first
// reaches the early-warning point, and on the one that reaches the physical end in variable block
// mode, so both are offered:
//  - 'write-lands' (scsi_debug): both are on tape but still reported as ENOSPC (the one at the
//    physical end is the last record that fits: the room after it is less than its size);
//  - 'write-rejected' (mhvtl, and SCSI's VOLUME OVERFLOW): both are refused and not on tape.
// A variable-mode write is never cut short (st returns ENOSPC, not a count, in variable mode); a
// fixed-mode write is cut to the whole blocks that fit, then every write fails.
// The alternation is forgotten when the tape moves, as st forgets it.

export type EarlyWarningFlavour = 'write-lands' | 'write-rejected';

export type WriteVerdict =
  /** Write `bytes` (fewer than asked at the physical end in fixed mode); `enospc`: report ENOSPC anyway. */
  | { kind: 'write'; bytes: number; enospc?: 'early-warning' | 'physical-end' }
  | { kind: 'reject'; reason: 'early-warning' | 'physical-end' };

type Phase = 'before' | 'reject-next' | 'accept-next' | 'physical-end';

export interface MediumGeometry {
  capacityBytes: number;
  earlyWarningBytes: number;
}

export class EndOfMedium {
  private phase: Phase = 'before';

  constructor(private readonly flavour: EarlyWarningFlavour) {}

  /** st's EOT status bit: the drive has reported the early warning since the tape last moved. */
  get pastEarlyWarning(): boolean {
    return this.phase !== 'before';
  }

  /** A write reached the physical end; nothing more fits until the tape moves. */
  get atPhysicalEnd(): boolean {
    return this.phase === 'physical-end';
  }

  /** The tape moved (or was read): start over, as st does. */
  reset(): void {
    this.phase = 'before';
  }

  /**
   * Whether decide() would let a write of `size` bytes at `usedBytes` through plainly (no ENOSPC,
   * not cut short) and change nothing: before the early-warning point and not reaching it.
   */
  plainBefore(medium: MediumGeometry, usedBytes: number, size: number, blockSize: number): boolean {
    if (this.phase !== 'before' || usedBytes + size > medium.capacityBytes - medium.earlyWarningBytes) return false;
    const room = medium.capacityBytes - usedBytes;
    return size <= room && !(blockSize === 0 && this.flavour === 'write-lands' && room - size < size);
  }

  /**
   * Decides the fate of a write of `size` bytes at a point where `usedBytes` of the medium are
   * taken. `blockSize` is the fixed block size, 0 in variable mode; `minBlock` the smallest record.
   */
  decide(medium: MediumGeometry, usedBytes: number, size: number, blockSize: number, minBlock: number): WriteVerdict {
    if (this.phase === 'physical-end') return { kind: 'reject', reason: 'physical-end' };
    if (this.phase === 'reject-next') {
      this.phase = 'accept-next';
      return { kind: 'reject', reason: 'early-warning' };
    }
    const entering = this.phase === 'before' && usedBytes + size > medium.capacityBytes - medium.earlyWarningBytes;
    if (entering && this.flavour === 'write-rejected') {
      this.phase = 'accept-next';
      return { kind: 'reject', reason: 'early-warning' };
    }
    const room = medium.capacityBytes - usedBytes;
    if (size > room) {
      this.phase = 'physical-end';
      const fit = blockSize > 0 ? Math.floor(Math.max(room, 0) / blockSize) * blockSize : 0;
      return fit > 0 && fit >= minBlock ? { kind: 'write', bytes: fit } : { kind: 'reject', reason: 'physical-end' };
    }
    if (blockSize === 0 && this.flavour === 'write-lands' && room - size < size) {
      this.phase = 'physical-end';
      return { kind: 'write', bytes: size, enospc: 'physical-end' };
    }
    if (this.phase !== 'before' || entering) this.phase = 'reject-next';
    return entering ? { kind: 'write', bytes: size, enospc: 'early-warning' } : { kind: 'write', bytes: size };
  }
}
