// What afclient -c tells the packer (worker-packer.ts): the options of pack() that can be given
// as plain data.
import type { Selection } from '../select.js';

export interface WorkerPackOptions {
  root: string;
  inputs: Buffer[];
  selection: Selection;
  noCompressPatterns: string[];
  keepAtime: boolean;
  exclude?: { dev: bigint; ino: bigint };
}
