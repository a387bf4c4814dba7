// The rmt `S` reply is the server's raw `struct mtget` (linux/mtio.h), in the server's own layout:
// five longs (mt_type, mt_resid, mt_dsreg, mt_gstat, mt_erreg) then mt_fileno and mt_blkno as ints.
// That is 48 bytes from a 64-bit server and 28 from a 32-bit one; both are little-endian on the
// platforms st runs on in practice (x86, arm), so the size alone tells the layout.

import type { TapeStatus } from '../tape/tape-device.js';

const GMT_EOF = 0x80000000;
const GMT_BOT = 0x40000000;
const GMT_EOT = 0x20000000;
const GMT_EOD = 0x08000000;
const GMT_WR_PROT = 0x04000000;
const GMT_ONLINE = 0x01000000;
const GMT_DR_OPEN = 0x00040000;
const MT_ST_BLKSIZE_MASK = 0xffffff;

/** Decodes a struct mtget; returns undefined when the size matches no known layout. */
export function decodeMtget(raw: Uint8Array): TapeStatus | undefined {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  let longSize: number;
  if (raw.byteLength === 48) longSize = 8;
  else if (raw.byteLength === 28) longSize = 4;
  else return undefined;
  // Only the low 32 bits of dsreg and gstat carry flags, so a 64-bit long is read as its low half.
  const dsreg = view.getUint32(2 * longSize, true);
  const gstat = view.getUint32(3 * longSize, true);
  const fileno = view.getInt32(5 * longSize, true);
  const blkno = view.getInt32(5 * longSize + 4, true);
  return {
    fileNumber: fileno < 0 ? -1 : fileno,
    blockNumber: blkno < 0 ? -1 : blkno,
    blockSize: dsreg & MT_ST_BLKSIZE_MASK,
    online: (gstat & GMT_ONLINE) !== 0,
    doorOpen: (gstat & GMT_DR_OPEN) !== 0,
    bot: (gstat & GMT_BOT) !== 0,
    eof: (gstat & GMT_EOF) !== 0,
    eod: (gstat & GMT_EOD) !== 0,
    earlyWarning: (gstat & GMT_EOT) !== 0,
    writeProtected: (gstat & GMT_WR_PROT) !== 0,
  };
}
