// Temp cartridges for the virtual-tape tests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCartridge, type CartridgeParams } from '../../../drivers/vtape/index.js';

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
