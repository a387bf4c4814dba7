// MTWEOF on the virtual tape: the filemark is written in the drive's turn, but its wait for the
// disk (fsync) does not hold the drive's queue. A record written after it is written (and its
// write() resolves) while that fsync is still running; the MTWEOF resolves only once its fsync
// is done; unloading waits for it. The fsync is held back by a gate in front of FileHandle.sync.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tempCartridge } from './helpers.js';

interface Gate {
  closed: boolean;
  waiting: (() => void)[];
  syncs: number;
}

const gate: Gate = { closed: false, waiting: [], syncs: 0 };

function openGate(): void {
  gate.closed = false;
  for (const w of gate.waiting.splice(0)) w();
}

/** Resolves once `p` settles or `steps` turns of the event loop have passed; says which. */
async function settlesWithin(p: Promise<unknown>, steps: number): Promise<boolean> {
  let settled = false;
  void p.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < steps && !settled; i++) await new Promise((r) => setImmediate(r));
  return settled;
}

describe('virtual tape MTWEOF flush', () => {
  let proto: { sync: () => Promise<void> };
  let realSync: () => Promise<void>;
  before(async () => {
    const c = await tempCartridge();
    const fh = await fs.open(c.file, 'r');
    proto = Object.getPrototypeOf(fh) as { sync: () => Promise<void> };
    await fh.close();
    await c.cleanup();
    realSync = proto.sync;
    proto.sync = async function (this: fs.FileHandle): Promise<void> {
      gate.syncs++;
      if (gate.closed) await new Promise<void>((r) => gate.waiting.push(r));
      return realSync.call(this);
    };
  });
  after(() => {
    proto.sync = realSync;
    openGate();
  });

  it('lets the next record be written while the fsync of a filemark runs, and resolves the filemark after it', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const first = record(1, 5000);
      const second = record(2, 7000);
      await tape.write(first);
      gate.closed = true;
      const syncsBefore = gate.syncs;
      const filemark = tape.op('weof', 1);
      // the record queued after the filemark is written although the fsync is held back
      const written = tape.write(second);
      // (a bound on the loop turns only, so that a drive that waits for the fsync fails instead of hanging)
      assert.equal(await settlesWithin(written, 20_000), true, 'the record after the filemark waited for its fsync');
      assert.equal(await written, second.length);
      assert.equal(gate.syncs, syncsBefore + 1, 'the filemark started its fsync');
      assert.equal(await settlesWithin(filemark, 50), false, 'MTWEOF resolved before its fsync was done');
      const closing = tape.close();
      assert.equal(await settlesWithin(closing, 50), false, 'the cartridge was closed under a running fsync');
      openGate();
      await filemark;
      await closing;
      const back = await VirtualTape.open(c.file);
      try {
        const buf = Buffer.alloc(1 << 16);
        assert.equal(await back.read(buf), first.length);
        assert.ok(buf.subarray(0, first.length).equals(first));
        assert.equal(await back.read(buf), 0, 'the filemark after the first record');
        assert.equal(await back.read(buf), second.length);
        assert.ok(buf.subarray(0, second.length).equals(second));
      } finally {
        await back.close();
      }
    } finally {
      openGate();
      await c.cleanup();
    }
  });

  it('a failing fsync fails the MTWEOF that waits for it, not the records written meanwhile', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      await tape.write(record(1, 3000));
      const working = proto.sync;
      // only the filemark's fsync fails
      proto.sync = () => {
        proto.sync = working;
        return Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
      };
      const filemark = tape.op('weof', 1);
      const next = tape.write(record(2, 3000));
      await assert.rejects(filemark, /EIO/);
      assert.equal(await next, 3000);
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });
});
