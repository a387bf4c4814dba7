// "Max Bytes Per Tape: 4000000000 1,3-5:3500000000 7,9-:5000000000" — a default capacity, then
// per-cartridge exceptions. Without it a cartridge is written until the drive reports its end.
import { parseBytes } from '../../protocol/config/config.js';
import { parseNumberList } from './cartridge-sets.js';

export type TapeCapacity = (cartridge: number) => number | undefined;

export function parseTapeCapacity(text: string | undefined, numberOfCartridges: number): TapeCapacity {
  if (text === undefined || text.trim() === '') return () => undefined;
  let fallback: number | undefined;
  const byCartridge = new Map<number, number>();
  for (const word of text.trim().split(/\s+/)) {
    const colon = word.lastIndexOf(':');
    if (colon < 0) {
      if (fallback !== undefined) throw new Error(`Max Bytes Per Tape: '${word}': only one default capacity may be given`);
      fallback = parseBytes(word);
      continue;
    }
    const bytes = parseBytes(word.slice(colon + 1));
    for (const c of parseNumberList(word.slice(0, colon), numberOfCartridges, 'Max Bytes Per Tape')) byCartridge.set(c, bytes);
  }
  return (cartridge) => byCartridge.get(cartridge) ?? fallback;
}
