// The drive's positioning motions (tape-semantics.md rules 15-22): spacing.ts says where each one
// lands on the cartridge, this moves the drive's position there and turns a stop short of the
// goal into the errno st gives (EIO, or the damage found where the motion stopped).
import type { MtOp } from '../tape/tape-device.js';
import { TapeError } from '../tape/tape-error.js';
import type { LoadedCartridge } from './loaded-cartridge.js';
import type { ObjectIndex } from './object-index.js';
import * as spacing from './spacing.js';
import type { TapePosition } from './tape-position.js';

const SPACINGS = {
  fsf: spacing.forwardFilemarks,
  fsfm: spacing.forwardFilemarksBefore,
  bsf: spacing.backwardFilemarks,
  bsfm: spacing.backwardFilemarksAfter,
  fsr: spacing.forwardRecords,
  bsr: spacing.backwardRecords,
} satisfies Partial<Record<MtOp, (index: ObjectIndex, from: number, n: number) => spacing.Landing>>;

export type Motion = keyof typeof SPACINGS | 'eom' | 'seek';

export const isMotion = (op: MtOp): op is Motion => op in SPACINGS || op === 'eom' || op === 'seek';

/** Moves `pos` on `cartridge` by `op` with count `n` (a block address for seek); `drive` names the drive in errors. */
export function move(pos: TapePosition, cartridge: LoadedCartridge, drive: string, op: Motion, n: number): void {
  const { index } = cartridge;
  switch (op) {
    case 'eom': {
      land(pos, cartridge, drive, spacing.endOfData(index));
      const damage = cartridge.damageAt(pos.address);
      if (damage) throw damage;
      pos.eof = 'end-of-data';
      return;
    }
    case 'seek': {
      const end = index.count;
      pos.moveTo(Math.min(n, end), 'unknown', 'unknown');
      if (n > end) throw cartridge.damageAt(end) ?? new TapeError('EIO', drive, `cannot seek to block address ${n}: end of data is at ${end}`);
      return;
    }
    default:
      if (n > 0) land(pos, cartridge, drive, SPACINGS[op](index, pos.address, n));
  }
}

/** Applies a spacing result; a stop short of the goal is EIO, as st reports it. */
function land(pos: TapePosition, cartridge: LoadedCartridge, drive: string, landing: spacing.Landing): void {
  pos.moveTo(landing.address, landing.block);
  if (landing.crossedFilemark) pos.eof = 'filemark-crossed';
  if (landing.stop === undefined) return;
  if (landing.stop === 'end-of-data') {
    pos.eof = 'end-of-data';
    throw cartridge.damageAt(pos.address) ?? new TapeError('EIO', drive, `end of data reached at block address ${pos.address}`);
  }
  throw new TapeError('EIO', drive, landing.stop === 'filemark' ? `stopped at a filemark (block address ${pos.address})` : 'beginning of tape reached');
}
