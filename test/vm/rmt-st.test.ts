// The rmt driver against the real Linux st driver: rmt-tar (GNU) or rmt-dump runs in the tape VM
// behind the virtio-serial port (fd 3 of a loop that restarts it: GNU exits after C, both exit when
// the host disconnects) and serves /dev/nst0; the host drives it through drivers/rmt over the UNIX
// socket. Positions are checked through status() (file and block numbers): rmt has no tell.
// scsi_debug keeps only the first 4 bytes of a block, so records are told apart by those.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openRmtDrive, type RmtDrive } from '../../drivers/rmt/index.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { runInTapeVm, vmTestSkip } from './tape-vm.js';

const DEVICE = '/dev/nst0';

function record(i: number, size: number): Buffer {
  const b = Buffer.alloc(size, 0x5a);
  b.writeUInt32BE(0xa5000000 + i);
  return b;
}

async function expectRecord(drive: RmtDrive, i: number, size: number): Promise<void> {
  const buf = Buffer.alloc(64 * 1024);
  assert.equal(await drive.read(buf), size, `record ${i}: length`);
  assert.equal(buf.readUInt32BE(0), 0xa5000000 + i, `record ${i}: first 4 bytes`);
}

async function expectPosition(drive: RmtDrive, file: number, block: number, what: string): Promise<void> {
  const s = await drive.status();
  assert.deepEqual([s.fileNumber, s.blockNumber], [file, block], `${what}: file/block`);
}

/** The whole scenario, run against the guest's drive once it is ready. */
async function scenario(socketPath: string, dialect: 'gnu' | 'dump'): Promise<void> {
  const drive = await openRmtDrive({ socketPath, device: DEVICE, replyTimeoutMs: 60_000, motionTimeoutMs: 120_000 });
  try {
    assert.equal(drive.dialect, dialect, 'the probe recognises the server over the socket');

    await drive.op('setblk', 0);
    await drive.op('rewind');
    let s = await drive.status();
    assert.ok(s.bot && s.online && !s.doorOpen, `at BOT, online: ${JSON.stringify(s)}`);
    assert.equal(s.blockSize, 0, 'variable block mode');

    // Tape: r0 r1 r2 FM r3 FM(close) EOD
    for (let i = 0; i < 3; i++) assert.equal(await drive.write(record(i, 1024)), 1024);
    await drive.op('weof', 1);
    assert.equal(await drive.write(record(3, 2048)), 2048);
    await expectPosition(drive, 1, 1, 'after 3 records, a filemark and a record');
    await assert.rejects(drive.write(record(99, 100)), (e) => isTapeError(e, 'EINVAL'), 'below the 512-byte minimum block');
    await assert.rejects(drive.tell(), (e) => isTapeError(e, 'ENOSYS'));
    await drive.close();

    // A new connection: the guest's loop has started a new rmt-tar after C.
    await drive.reopen('write');
    await expectPosition(drive, 2, 0, 'close after a write left one filemark, positioned after it');
    await drive.op('rewind');
    for (let i = 0; i < 3; i++) await expectRecord(drive, i, 1024);
    assert.equal(await drive.read(Buffer.alloc(4096)), 0, 'the filemark reads as 0');
    s = await drive.status();
    assert.deepEqual([s.fileNumber, s.blockNumber, s.eof], [1, 0, true], 'after the filemark');
    await expectRecord(drive, 3, 2048);
    assert.equal(await drive.read(Buffer.alloc(4096)), 0, 'the filemark close() wrote');
    assert.equal(await drive.read(Buffer.alloc(4096)), 0, 'end of data after a filemark: the second zero');
    await assert.rejects(drive.read(Buffer.alloc(4096)), (e) => isTapeError(e, 'EIO'), 'then EIO at end of data');

    // A buffer smaller than the record: ENOMEM, and the record is consumed.
    await drive.op('rewind');
    await assert.rejects(drive.read(Buffer.alloc(512)), (e) => isTapeError(e, 'ENOMEM'));
    await expectPosition(drive, 0, 1, 'the short read consumed record 0');
    await expectRecord(drive, 1, 1024);

    // Spacing.
    await drive.op('rewind');
    await drive.op('fsf', 1);
    await expectPosition(drive, 1, 0, 'fsf 1');
    await expectRecord(drive, 3, 2048);
    await drive.op('bsf', 1);
    s = await drive.status();
    assert.equal(s.blockNumber, -1, 'bsf leaves the block number unknown');
    await drive.op('rewind');
    await assert.rejects(drive.op('fsr', 5), (e) => isTapeError(e, 'EIO'), 'fsr stops at the filemark with EIO');
    await expectPosition(drive, 1, 0, 'fsr stopped after the filemark');
    await assert.rejects(drive.op('bsf', 5), (e) => isTapeError(e, 'EIO'), 'bsf past BOT');
    await drive.op('eom');
    assert.ok((await drive.status()).eod, 'eom reaches end of data');

    // Seek by logical block address (records and filemarks count alike): address 4 is r3.
    await drive.op('seek', 4);
    s = await drive.status();
    assert.deepEqual([s.fileNumber, s.blockNumber], [-1, -1], 'positions are unknown after seek');
    await expectRecord(drive, 3, 2048);

    // Fixed block mode goes through MTSETBLK and shows in the status.
    await drive.op('setblk', 1024);
    assert.equal((await drive.status()).blockSize, 1024);
    await drive.op('setblk', 0);

    // weofi, then unloading: no medium until load.
    await drive.op('eom');
    await drive.op('weofi', 1);
    await drive.op('rewind');
    await drive.op('offline');
    s = await drive.status();
    assert.ok(s.doorOpen && !s.online, `offline: no medium: ${JSON.stringify(s)}`);
    await assert.rejects(drive.read(Buffer.alloc(4096)), (e) => isTapeError(e) && ['EIO', 'ENOMEDIUM'].includes(e.code));
    await drive.op('load');
    assert.ok((await drive.status()).online, 'load brings the medium back');
  } finally {
    await drive.close().catch(() => undefined);
  }
}

const SERVERS = [
  { program: 'rmt-tar', dialect: 'gnu' },
  { program: 'rmt-dump', dialect: 'dump' },
] as const;

for (const { program, dialect } of SERVERS) {
  test(`rmt driver on the real st driver through ${program} in the tape VM`, { skip: vmTestSkip(), timeout: 5 * 60_000 }, async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-rmt-st-'));
    try {
      const socketPath = path.join(work, 'rmt.sock');
      const stop = new AbortController();
      let outcome: Promise<void> | undefined;
      const r = await runInTapeVm({
        binaries: [`/usr/sbin/${program}`],
        serialSocket: socketPath,
        backgroundCommand: `while true; do ${program} <&3 >&3; done`,
        guestCommand: 'sleep 600',
        timeoutMs: 4 * 60_000,
        signal: stop.signal,
        onReady: () => {
          outcome = scenario(socketPath, dialect).finally(() => stop.abort());
        },
      });
      assert.equal(r.aborted, true, 'the VM ran until the scenario ended');
      assert.ok(outcome, 'the guest became ready');
      await outcome;
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
}
