// What st does to writes near the end of the medium (tape-semantics.md rules 28-29): past the
// early-warning point writes fail with ENOSPC and succeed in turn, so that a trailer can still
// be written; at the physical end a write is cut short, then every write fails. Two drives
// disagree on the write that first reaches the early-warning point, so both are offered:
//  - 'write-lands' (scsi_debug): that write is on tape but still reported as ENOSPC;
//  - 'write-rejected' (mhvtl): that write is refused and not on tape.
// The alternation is forgotten when the tape moves, as st forgets it.

export type EarlyWarningFlavour = 'write-lands' | 'write-rejected';

export type WriteVerdict =
  /** Write `bytes` (fewer than asked at the physical end); `landedInEarlyWarning`: report ENOSPC anyway. */
  | { kind: 'write'; bytes: number; landedInEarlyWarning: boolean }
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

  /** A write was cut short at the physical end; nothing more fits until the tape moves. */
  get atPhysicalEnd(): boolean {
    return this.phase === 'physical-end';
  }

  /** The tape moved (or was read): start over, as st does. */
  reset(): void {
    this.phase = 'before';
  }

  /**
   * Decides the fate of a write of `size` bytes at a point where `usedBytes` of the medium are
   * taken. `unit` is the fixed block size (1 in variable mode) and `smallest` the smallest write
   * worth making at the physical end (the block size, or the minimum record).
   */
  decide(medium: MediumGeometry, usedBytes: number, size: number, unit: number, smallest: number): WriteVerdict {
    if (this.phase === 'physical-end') return { kind: 'reject', reason: 'physical-end' };
    if (this.phase === 'reject-next') {
      this.phase = 'accept-next';
      return { kind: 'reject', reason: 'early-warning' };
    }
    let landedInEarlyWarning = false;
    const earlyWarningPoint = medium.capacityBytes - medium.earlyWarningBytes;
    if (this.phase === 'before' && usedBytes + size > earlyWarningPoint) {
      if (this.flavour === 'write-rejected') {
        this.phase = 'accept-next';
        return { kind: 'reject', reason: 'early-warning' };
      }
      landedInEarlyWarning = true;
    }
    if (this.phase !== 'before' || landedInEarlyWarning) this.phase = 'reject-next';
    const room = medium.capacityBytes - usedBytes;
    if (size <= room) return { kind: 'write', bytes: size, landedInEarlyWarning };
    this.phase = 'physical-end';
    const fit = Math.floor(Math.max(room, 0) / unit) * unit;
    if (fit < smallest || fit === 0) return { kind: 'reject', reason: 'physical-end' };
    return { kind: 'write', bytes: fit, landedInEarlyWarning: false };
  }
}
