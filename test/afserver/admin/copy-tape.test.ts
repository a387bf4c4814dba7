// copy_tape: a cartridge written by a real afserver is copied within the same virtual library;
// the copy carries the original's number as its secondary label, holds the same records and
// filemarks, and the server's stream reader takes it in the original's place.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { fromAfbackupForm } from '../../../afserver/admin/copy-args.js';
import { copyCartridge } from '../../../afserver/admin/copy-run.js';
import { readRecord, requireRoom } from '../../../afserver/admin/copy-staging.js';
import { Catalog } from '../../../afserver/catalog/index.js';
import { loadSlot, slotOfBarcode, type Media } from '../../../afserver/media/media.js';
import { Mounter } from '../../../afserver/media/mounter.js';
import { readStream } from '../../../afserver/stream/stream-reader.js';
import { readLabel, type Label } from '../../../drivers/layout/index.js';
import { openLibrary, type VirtualLibrary } from '../../../drivers/library/index.js';
import type { TapeDevice } from '../../../drivers/tape/tape-device.js';
import { runTs, withCatalog, type Run } from './helpers.js';
import { backup, connect, serverSetup, startTestServer, type ServerSetup } from '../server-helpers.js';

function copyTape(setup: ServerSetup, args: string[]): Promise<Run> {
  return runTs('afserver/admin/copy-tape.ts', ['-c', setup.confFile, ...args]);
}

function catalogOf<T>(setup: ServerSetup, fn: (c: Catalog) => T): T {
  return withCatalog(path.join(setup.dir, 'var'), fn);
}

/** The library's drive as a Media, with or without its changer. */
function mediaOf(library: VirtualLibrary, changer: boolean): Media {
  return { name: 'test library', drive: library.drive(0), driveNumber: 0, ...(changer ? { changer: library.changer } : {}), close: async () => undefined };
}

async function loadBarcode(library: VirtualLibrary, barcode: string): Promise<void> {
  const status = await library.changer.status();
  if (status.drives[0]?.full && status.drives[0].volumeTag === barcode) return;
  const slot = slotOfBarcode(status, barcode);
  assert.ok(slot !== undefined, `cartridge ${barcode} is in the library`);
  await loadSlot(mediaOf(library, true), slot);
}

/** Every data tape file of the loaded cartridge as its records, and its label. */
async function tapeFilesOf(dev: TapeDevice): Promise<{ label: Label; tapeFiles: Buffer[][] }> {
  const label = await readLabel(dev);
  assert.equal(label.kind, 'label');
  await dev.op('setblk', 0);
  const buf = Buffer.alloc(dev.limits().maxBlock);
  const tapeFiles: Buffer[][] = [];
  let records: Buffer[] = [];
  for (;;) {
    const n = await readRecord(dev, buf);
    if (n === null) break;
    if (n === 0) {
      tapeFiles.push(records);
      records = [];
    } else {
      records.push(Buffer.from(buf.subarray(0, n)));
    }
  }
  return { label, tapeFiles };
}

/** Loads the two cartridges in turn; resolves to their labels and tape files, after checking that the records are the same from tape file `from` on. */
async function compareCartridges(library: VirtualLibrary, copyBarcode: string, sourceBarcode: string, from = 1) {
  await loadBarcode(library, copyBarcode);
  const copy = await tapeFilesOf(library.drive(0));
  await loadBarcode(library, sourceBarcode);
  const source = await tapeFilesOf(library.drive(0));
  assert.equal(copy.tapeFiles.length, source.tapeFiles.length, 'as many tape files');
  for (let i = from - 1; i < source.tapeFiles.length; i++) {
    const records = source.tapeFiles[i]!;
    assert.equal(copy.tapeFiles[i]!.length, records.length, `tape file ${i + 1}: as many records`);
    assert.ok(records.every((r, j) => r.equals(copy.tapeFiles[i]![j]!)), `tape file ${i + 1}: the same records`);
  }
  return { copy, source };
}

describe('copy_tape', () => {
  let setup: ServerSetup;
  const sessions: { cartridge: number; tapeFile: number; data: Buffer }[] = [];
  before(async () => {
    setup = serverSetup({ 'Number Of Cartridges': 4, 'Max Bytes Per Tape': '2M' });
    const server = await startTestServer(setup);
    try {
      const client = await connect(server.port, setup, 'hostA');
      for (const size of [330_000, 90_000]) {
        const data = crypto.randomBytes(size);
        const r = await backup(client, data);
        sessions.push({ cartridge: r.start.cartridge!, tapeFile: r.start.tapeFile!, data });
      }
      await client.goodbye();
    } finally {
      await server.close(1000);
    }
    assert.ok(sessions.every((s) => s.cartridge === 1));
  });
  after(() => setup.cleanup());

  it('copies cartridge 1 onto 3 record for record, with secondary label 1', async () => {
    const run = await copyTape(setup, ['--from', '1', '--to', '3', '-v']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /cartridge 1 copied to cartridge 3 \(barcode [^)]+\): \d+ tape file\(s\), \d+ bytes, verified/);
    assert.match(run.stderr, /verified tape file 1 of cartridge 3/);
    const [one, three] = catalogOf(setup, (c) => [c.cartridges.require(1), c.cartridges.require(3)] as const);
    assert.equal(three.secondary, 1);
    assert.equal(three.readOnly, true);
    const library = await openLibrary(path.join(setup.dir, 'library'));
    try {
      const { copy, source } = await compareCartridges(library, three.barcode!, one.barcode!);
      assert.equal(copy.label.cartridge, 3);
      assert.equal(copy.label.secondary, 1);
      assert.equal(copy.label.barcode, three.barcode);
      assert.equal(copy.label.blockSize, source.label.blockSize);
      assert.ok(source.tapeFiles.length >= 3, 'the sessions took several tape files');
    } finally {
      await library.close();
    }
  });

  it('the copy stands in for cartridge 1 on restore once cartridge 1 has left the library', async () => {
    const library = await openLibrary(path.join(setup.dir, 'library'));
    const catalog = Catalog.open(path.join(setup.dir, 'var'));
    try {
      await loadBarcode(library, catalog.cartridges.require(3).barcode!);
      await library.exportCartridge(slotOfBarcode(await library.changer.status(), catalog.cartridges.require(1).barcode!)!);
      // The cartridge in the drive is what an operator inserted when asked for cartridge 1.
      const mounter = new Mounter(mediaOf(library, false), catalog, { tell: async () => undefined }, {
        rejectUnlabeledTapes: true,
        blockSize: 4096,
        programVersion: 'test',
        operatorWaitMs: 0,
      });
      for (const s of sessions) {
        const parts: Buffer[] = [];
        for await (const chunk of readStream(catalog, mounter, { cartridge: s.cartridge, tapeFile: s.tapeFile }, { clientId: 'hostA' }, pino({ level: 'silent' }))) {
          parts.push(Buffer.from(chunk));
        }
        assert.ok(Buffer.concat(parts).equals(s.data), `session at tape file ${s.tapeFile} read back from the copy`);
      }
      assert.equal(mounter.loaded?.cartridge, 3);
      assert.equal(mounter.loaded?.secondary, 1);
    } finally {
      catalog.close();
      await library.close();
    }
  });

  it('refuses a target still needed by a client, a read-only target and a blank source', async () => {
    catalogOf(setup, (c) => c.precious.replace('hostZ', [2]));
    const needed = await copyTape(setup, ['--from', '3', '--to', '2']);
    assert.equal(needed.code, 1);
    assert.match(needed.stderr, /^copy_tape: cartridge 2 still holds backups needed by hostZ; it is not overwritten\n$/);
    catalogOf(setup, (c) => {
      c.precious.release('hostZ', [2]);
      c.cartridges.setReadOnly([2], true);
    });
    const readOnly = await copyTape(setup, ['--from', '3', '--to', '2']);
    assert.equal(readOnly.code, 1);
    assert.match(readOnly.stderr, /cartridge 2 is read-only/);
    catalogOf(setup, (c) => c.cartridges.setReadOnly([2], false));
    const blank = await copyTape(setup, ['--from', '4', '--to', '2']);
    assert.equal(blank.code, 1);
    assert.match(blank.stderr, /cartridge 4 is blank: there is nothing to copy/);
  });

  it('copies a copy from a given tape file, keeping the tape file numbers', async () => {
    const run = await copyTape(setup, ['-C', '3', '-F', '2', '-D', '-C', '2']);
    assert.equal(run.code, 0, run.stderr);
    const [two, three] = catalogOf(setup, (c) => [c.cartridges.require(2), c.cartridges.require(3)] as const);
    assert.equal(two.secondary, 1, 'a copy of a copy stands for the original');
    const library = await openLibrary(path.join(setup.dir, 'library'));
    try {
      const { copy } = await compareCartridges(library, two.barcode!, three.barcode!, 2);
      assert.deepEqual(copy.tapeFiles[0], [], 'tape file 1 is left empty');
    } finally {
      await library.close();
    }
  });

  it('stages a tape file at a time when --staging-max says so', async () => {
    const run = await copyTape(setup, ['--from', '3', '--to', '4', '--staging-max', '100K', '-v']);
    assert.equal(run.code, 0, run.stderr);
    // source and target took turns in the drive: each tape file was written before the next was staged
    const steps = run.stderr.split('\n').filter((l) => /staged|wrote/.test(l)).map((l) => (l.includes('staged') ? 's' : 'w'));
    assert.match(steps.join(''), /^(sw){3,}$/);
    const [three, four] = catalogOf(setup, (c) => [c.cartridges.require(3), c.cartridges.require(4)] as const);
    assert.equal(four.secondary, 1);
    const library = await openLibrary(path.join(setup.dir, 'library'));
    try {
      await compareCartridges(library, four.barcode!, three.barcode!);
    } finally {
      await library.close();
    }
  });

  it('asks the operator to swap the cartridges when the drive has no changer', async () => {
    const library = await openLibrary(path.join(setup.dir, 'library'));
    const catalog = Catalog.open(path.join(setup.dir, 'var'));
    try {
      catalog.cartridges.setReadOnly([2], false);
      const barcodeOf = (n: number): string => catalog.cartridges.require(n).barcode!;
      const asked: number[] = [];
      // The operator inserts the cartridge asked for, through the changer copy_tape does not know of.
      const operator = {
        async tell(subject: string) {
          const n = Number(/^cartridge (\d+) needed$/.exec(subject)![1]);
          asked.push(n);
          await loadBarcode(library, barcodeOf(n));
        },
      };
      const r = await copyCartridge(catalog, mediaOf(library, false), {
        from: 3,
        to: 2,
        firstTapeFile: 1,
        stagingParent: os.tmpdir(),
        stagingLimit: 100_000,
        progress: () => undefined,
        wait: { operator, probeMs: 1, waitMs: 60_000 },
      });
      assert.equal(r.label.cartridge, 2);
      assert.equal(r.label.secondary, 1);
      // the source may be in the drive already; after that the two take turns
      const turns = asked[0] === 3 ? asked.slice(1) : asked;
      assert.deepEqual(turns.slice(0, 3), [2, 3, 2], 'source and target took turns');
      await compareCartridges(library, barcodeOf(2), barcodeOf(3));
    } finally {
      catalog.close();
      await library.close();
    }
  });

  it('rejects bad command lines with exit status 2', async () => {
    const self = await copyTape(setup, ['--from', '1', '--to', '1']);
    assert.equal(self.code, 2);
    assert.match(self.stderr, /a cartridge cannot be copied onto itself/);
    const noTarget = await copyTape(setup, ['-C', '1']);
    assert.equal(noTarget.code, 2);
    assert.match(noTarget.stderr, /needs -D -C TARGET/);
  });
});

describe('copy_tape helpers', () => {
  it("reads afbackup's two-part command line", () => {
    assert.deepEqual(fromAfbackupForm(['-C', '1', '-F', '3', '-D', '-C', '5', '-v']), ['--from', '1', '--tape-file', '3', '--to', '5', '-v']);
    assert.deepEqual(fromAfbackupForm(['--from', '1', '--to', '2']), ['--from', '1', '--to', '2']);
    assert.deepEqual(fromAfbackupForm(['-C', '1', '-D', '-h', 'other', '-C', '2', '-P', '3000', '-k', 'key']), ['--from', '1', '--to-host', 'other', '--to', '2', '--to-port', '3000', '--key', 'key']);
    assert.throws(() => fromAfbackupForm(['-C', '1', '-h', 'other', '-D', '-C', '2']), /source server's host/);
  });

  it('refuses a staging folder without room for the largest tape file', async () => {
    await assert.rejects(requireRoom(os.tmpdir(), Number.MAX_SAFE_INTEGER, 'tape file 7 of cartridge 1'), /bytes free, but tape file 7 of cartridge 1 needs \d+: free some space there or name a roomier folder with -T/);
    await requireRoom(os.tmpdir(), 1, 'one byte');
  });
});
