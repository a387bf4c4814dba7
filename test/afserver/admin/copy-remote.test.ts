// copy_tape to another server: two afservers on 127.0.0.1, each with its own virtual library.
// Server A's cartridge 1 (two backups of hostA) is copied onto server B's cartridge 6 by
// copy_tape run against A's server.conf; B then serves hostA's restores of cartridge 1 from the
// copy. A wrong key, a client not named for copies, a precious or read-only target, an
// original number that is B's own, and a copy whose client vanishes mid-way are all refused or
// withdrawn, and A's cartridge is never written.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { framedRecord } from '../../../afserver/admin/copy-records.js';
import { Catalog } from '../../../afserver/catalog/index.js';
import { loadSlot, slotOfBarcode } from '../../../afserver/media/media.js';
import type { RunningServer } from '../../../afserver/server.js';
import { readLabel, type Label } from '../../../drivers/layout/index.js';
import { openLibrary } from '../../../drivers/library/index.js';
import { isProtocolError } from '../../../protocol/wire/index.js';
import { makeRemoteTree } from '../../afclient/remote/remote-helpers.js';
import { runTs, withCatalog, type Run } from './helpers.js';
import { backup, connect, restore, serverSetup, startTestServer, type ServerSetup } from '../server-helpers.js';

function copyTape(setup: ServerSetup, args: string[]): Promise<Run> {
  return runTs('afserver/admin/copy-tape.ts', ['-c', setup.confFile, ...args]);
}

function afclient(args: string[]): Promise<Run> {
  return runTs('afclient/cli.ts', args);
}

function catalogOf<T>(setup: ServerSetup, fn: (c: Catalog) => T): T {
  return withCatalog(path.join(setup.dir, 'var'), fn);
}

/** The label of the cartridge with this barcode, read in the (stopped) server's library. */
async function labelOf(setup: ServerSetup, barcode: string): Promise<Label> {
  const library = await openLibrary(path.join(setup.dir, 'library'));
  try {
    const status = await library.changer.status();
    if (!(status.drives[0]?.full && status.drives[0].volumeTag === barcode)) {
      const slot = slotOfBarcode(status, barcode);
      assert.ok(slot !== undefined, `cartridge ${barcode} is in the library`);
      await loadSlot({ name: 'test library', drive: library.drive(0), driveNumber: 0, changer: library.changer, close: async () => undefined }, slot);
    }
    const label = await readLabel(library.drive(0));
    assert.equal(label.kind, 'label');
    return label;
  } finally {
    await library.close();
  }
}

const sha = (b: Buffer): string => crypto.createHash('sha256').update(b).digest('hex');

describe('copy_tape to another server', () => {
  let a: ServerSetup;
  let b: ServerSetup;
  let serverB: RunningServer;
  let wrongKey: string;
  const sessions: { tapeFile: number; data: Buffer }[] = [];
  let sourceLabel: Label;
  let sourceFiles: string;
  /** Where afclient's backup of the tree starts on A's cartridge 1: --cartridge 1 -F N. */
  let treeAt: string[];

  before(async () => {
    a = serverSetup({ ServerIdentifier: 'serverA', 'Number Of Cartridges': 2, 'Max Bytes Per Tape': '2M' });
    // B's cartridges 1-3 belong to no set: numbers free for A's originals. Set 2 takes copies from "copier" only.
    b = serverSetup({ ServerIdentifier: 'serverB', 'Number Of Cartridges': 7, 'Cartridge-Sets': '4 5-7:copier', 'Max Bytes Per Tape': '2M' });
    wrongKey = path.join(b.dir, 'wrong.key');
    fs.writeFileSync(wrongKey, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    const serverA = await startTestServer(a);
    try {
      const client = await connect(serverA.port, a, 'hostA');
      for (const size of [330_000, 90_000]) {
        const data = crypto.randomBytes(size);
        const r = await backup(client, data);
        assert.equal(r.start.cartridge, 1);
        sessions.push({ tapeFile: r.start.tapeFile!, data });
      }
      await client.goodbye();
      makeRemoteTree(a.dir, 120_000);
      const c = await afclient(['-c', '-v', '-h', '127.0.0.1', '-p', String(serverA.port), '-k', a.keyFile, '-W', 'hostA', '-C', a.dir, 'tree']);
      assert.equal(c.code, 0, c.stderr);
      const at = /!(\d+)\.(\d+)\|/.exec(c.stdout)!;
      assert.equal(at[1], '1');
      treeAt = ['--cartridge', '1', '-F', at[2]!];
    } finally {
      await serverA.close(1000);
    }
    const one = catalogOf(a, (c) => c.cartridges.require(1));
    sourceLabel = await labelOf(a, one.barcode!);
    sourceFiles = sha(fs.readFileSync(path.join(a.dir, 'library', 'cartridges', `${one.barcode}.vtape`)));
    // hostZ still needs B's cartridge 5: it must not be overwritten by a copy.
    catalogOf(b, (c) => c.precious.replace('hostZ', [5]));
    serverB = await startTestServer(b);
  });

  after(async () => {
    await serverB?.close(1000);
    a?.cleanup();
    b?.cleanup();
  });

  const toB = (args: string[], key = b.keyFile): string[] => [...args, '-h', '127.0.0.1', '-P', String(serverB.port), '-k', key];

  it('rejects incomplete command lines for another server with exit status 2', async () => {
    const noKey = await copyTape(a, ['-C', '1', '-D', '-C', '6', '-h', '127.0.0.1']);
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /needs the key file shared with it: --key KEYFILE/);
    const staged = await copyTape(a, [...toB(['-C', '1', '-D', '-C', '6']), '-T', a.dir]);
    assert.equal(staged.code, 2);
    assert.match(staged.stderr, /-T and --staging-max are for copies within this server/);
  });

  it('refuses a wrong key before touching a cartridge', async () => {
    const run = await copyTape(a, toB(['-C', '1', '-D', '-C', '6', '-W', 'copier'], wrongKey));
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^copy_tape: authentication failed at 127\.0\.0\.1:\d+: check that the key file matches/m);
  });

  it('refuses a client the target cartridge set does not name, and a set open to every client', async () => {
    const stranger = await copyTape(a, toB(['-C', '1', '-D', '-C', '6', '-W', 'hostA']));
    assert.equal(stranger.code, 1);
    assert.match(stranger.stderr, /client hostA may not write copies onto cartridge 6: only clients named in the access list of its cartridge set \(2\) may/);
    const openSet = await copyTape(a, toB(['-C', '1', '-D', '-C', '4', '-W', 'copier']));
    assert.equal(openSet.code, 1);
    assert.match(openSet.stderr, /may not write copies onto cartridge 4/);
  });

  it('refuses a target that a client still needs', async () => {
    const run = await copyTape(a, toB(['-C', '1', '-D', '-C', '5', '-W', 'copier']));
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cartridge 5 still holds backups needed by hostZ; it is not overwritten/);
  });

  it('copies cartridge 1 of A onto cartridge 6 of B, verified there', async () => {
    const run = await copyTape(a, toB(['-C', '1', '-D', '-C', '6', '-W', 'copier', '-v']));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /cartridge 1 copied to cartridge 6 of 127\.0\.0\.1:\d+ \(barcode [^)]+\): \d+ tape file\(s\), \d+ bytes, read back and verified there; it is accepted there in place of cartridge 1/);
    assert.match(run.stderr, /sent tape file 1 of cartridge 1/);
    catalogOf(b, (c) => {
      const six = c.cartridges.require(6);
      assert.equal(six.secondary, 1);
      assert.equal(six.readOnly, true);
      const original = c.cartridges.require(1);
      assert.equal(original.cartridgeSet, 0, 'the original belongs to no set of B');
      assert.equal(original.readOnly, true);
      assert.deepEqual(c.cartridges.copiesOf(1).map((k) => k.number), [6]);
      assert.ok(c.sessions.onCartridge(1).length >= 3, "A's tape files are known to B");
    });
  });

  it('B serves the restores of cartridge 1 from the copy (the original is not in its library)', async () => {
    const client = await connect(serverB.port, b, 'hostA');
    try {
      for (const s of sessions) assert.ok((await restore(client, 1, s.tapeFile)).equals(s.data), `the backup at tape file ${s.tapeFile}`);
      // block-precise: from block 3 of the first backup's first tape file
      const tail = await restore(client, 1, sessions[0]!.tapeFile, 3, 0);
      assert.ok(tail.length > 0 && sessions[0]!.data.subarray(sessions[0]!.data.length - tail.length).equals(tail));
    } finally {
      await client.goodbye();
    }
    const out = path.join(b.dir, 'restored');
    fs.mkdirSync(out);
    const x = await afclient(['-x', '-h', '127.0.0.1', '-p', String(serverB.port), '-k', b.keyFile, '-W', 'hostA', ...treeAt, '-C', out]);
    assert.equal(x.code, 0, x.stderr);
    for (const name of ['tree/small.txt', 'tree/a/f0.bin', 'tree/c/f2.bin']) {
      assert.ok(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(a.dir, name))), `afclient -x from B restored ${name}`);
    }
    const other = await connect(serverB.port, b, 'hostB');
    try {
      await assert.rejects(restore(other, 1, sessions[0]!.tapeFile), /no backup of yours at cartridge 1/);
    } finally {
      other.close();
    }
  });

  it("refuses an original numbered like one of B's own cartridges", async () => {
    const client = await connect(serverB.port, b, 'copier');
    try {
      await assert.rejects(client.request({ copyBegin: { cartridge: 7, original: 4, sourceServer: 'serverA' } }), /cartridge 4 is this server's own cartridge/);
      await assert.rejects(client.request({ copyBegin: { cartridge: 7, original: 1, sourceServer: 'serverC' } }), /already holds copies of another cartridge 1/);
      await assert.rejects(client.request({ copyBegin: { cartridge: 6, original: 1, sourceServer: 'serverA' } }), /cartridge 6 is read-only; it is never overwritten/);
    } finally {
      await client.goodbye();
    }
  });

  it('withdraws a copy whose client vanishes in the middle of a tape file', async () => {
    const client = await connect(serverB.port, b, 'copier');
    const begun = await client.request({ copyBegin: { cartridge: 7, original: 2, sourceServer: 'serverA' } });
    assert.ok(begun.copy?.barcode);
    const records = (function* () {
      for (let i = 0; i < 8; i++) yield framedRecord(crypto.randomBytes(4096));
      // the connection breaks while the tape file is still coming
      client.close();
      yield framedRecord(crypto.randomBytes(4096));
    })();
    await assert.rejects(client.sendData({ copyTapeFile: { tapeFile: 1, filemark: true } }, records), (e: unknown) => isProtocolError(e));
    // The drive is B's again only once the copy was withdrawn.
    const next = await connect(serverB.port, b, 'hostA');
    try {
      await assert.rejects(restore(next, 2, 1), /no backup of yours at cartridge 2/);
    } finally {
      next.close();
    }
    catalogOf(b, (c) => {
      const seven = c.cartridges.require(7);
      assert.equal(seven.secondary, null);
      assert.equal(seven.readOnly, false);
      assert.match(seven.comment, /copy of cartridge 2 of server serverA failed/);
      assert.deepEqual(c.cartridges.copiesOf(2), []);
    });
  });

  it('does not record a copy whose tape files differ from what the source read', async () => {
    const client = await connect(serverB.port, b, 'copier');
    try {
      await client.request({ copyBegin: { cartridge: 7, original: 2, sourceServer: 'serverA' } });
      const records = [crypto.randomBytes(5000), crypto.randomBytes(300)];
      const written = await client.sendData({ copyTapeFile: { tapeFile: 1, filemark: true } }, records.map(framedRecord));
      const digest = written.copy!.tapeFiles![0]!;
      assert.equal(Number(digest.records), 2);
      const wrong = { ...digest, sha256: crypto.createHash('sha256').update('not the original').digest() };
      await assert.rejects(client.request({ copyCommit: { expected: [wrong] } }), /tape file 1 as it arrived differs from the original's tape file 1 \(SHA-256\); cartridge 7 of the target server was labelled anew without the secondary label/);
      // the copy is over: nothing more is taken for it
      await assert.rejects(client.request({ copyCommit: { expected: [digest] } }), /no copy is running/);
    } finally {
      await client.goodbye();
    }
    catalogOf(b, (c) => {
      assert.equal(c.cartridges.require(7).secondary, null);
      assert.deepEqual(c.cartridges.copiesOf(2), []);
    });
  });

  it('a refused copy leaves the target not accepted as a copy, and the source was never written', async () => {
    await serverB.close(1000);
    const [six, seven] = catalogOf(b, (c) => [c.cartridges.require(6), c.cartridges.require(7)] as const);
    const copyLabel = await labelOf(b, six.barcode!);
    assert.equal(copyLabel.cartridge, 6);
    assert.equal(copyLabel.secondary, 1);
    const withdrawn = await labelOf(b, seven.barcode!);
    assert.equal(withdrawn.cartridge, 7);
    assert.equal(withdrawn.secondary, 0, 'the interrupted copy lost its secondary label');
    const one = catalogOf(a, (c) => c.cartridges.require(1));
    assert.equal(sha(fs.readFileSync(path.join(a.dir, 'library', 'cartridges', `${one.barcode}.vtape`))), sourceFiles, "A's cartridge file is unchanged");
    const again = await labelOf(a, one.barcode!);
    assert.deepEqual({ ...again }, { ...sourceLabel });
    serverB = await startTestServer(b);
  });

  it('a copy of a copy stands for the first original, and a second copy joins the first', async () => {
    const local = await copyTape(a, ['--from', '1', '--to', '2']);
    assert.equal(local.code, 0, local.stderr);
    const run = await copyTape(a, toB(['-C', '2', '-D', '-C', '7', '-W', 'copier']));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /it is accepted there in place of cartridge 1/);
    const sessionsBefore = catalogOf(b, (c) => {
      assert.deepEqual(c.cartridges.copiesOf(1).map((k) => k.number).sort(), [6, 7]);
      assert.equal(c.cartridges.require(1).barcode, c.cartridges.require(7).barcode, "the original is fetched by its newest copy's barcode");
      return c.sessions.ofClient('hostA').length;
    });
    assert.equal(sessionsBefore, 3, "A's three backups, each recorded once");
    const client = await connect(serverB.port, b, 'hostA');
    try {
      for (const s of sessions) assert.ok((await restore(client, 1, s.tapeFile)).equals(s.data));
    } finally {
      await client.goodbye();
    }
  });
});
