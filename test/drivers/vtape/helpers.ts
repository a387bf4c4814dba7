// Temp cartridges for the virtual-tape tests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { createCartridge, type CartridgeParams, type VirtualTape } from '../../../drivers/vtape/index.js';

export interface TempCartridge {
  dir: string;
  file: string;
  cleanup(): Promise<void>;
}

export async function tempCartridge(params: Partial<CartridgeParams> = {}): Promise<TempCartridge> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'af-vtape-'));
  const file = path.join(dir, 'cart.vtape');
  await createCartridge(file, { capacityBytes: 16 * 1024 * 1024, earlyWarningBytes: 1024 * 1024, ...params });
  return { dir, file, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

/** Record i of `size` bytes, recognisable by content. */
export function record(i: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  for (let j = 0; j < size; j++) b[j] = (i * 131 + j * 7) & 0xff;
  if (size >= 4) b.writeUInt32BE(i);
  return b;
}

/** Everything from BOT, read in the drive's mode: record lengths and first bytes, 'FM' for a filemark. */
export async function tapeContents(tape: VirtualTape, maxRecord: number): Promise<string[]> {
  await tape.op('rewind');
  const out: string[] = [];
  const buf = Buffer.alloc(maxRecord);
  for (;;) {
    let n: number;
    try {
      n = await tape.read(buf);
    } catch (e) {
      if (isTapeError(e, 'EIO')) return out;
      throw e;
    }
    out.push(n === 0 ? 'FM' : `${n}:${buf.subarray(0, Math.min(n, 8)).toString('hex')}`);
  }
}
