// Faults: a damaged block in the middle of a cartridge (the damaged file is reported, the others
// are restored, exit 1; afverify --tape finds it) and a cartridge the server cannot provide (the
// operator is told which one is needed).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { backupRun, CLIENT_ID, runHere, startFixture, type Fixture } from './fixture.js';

/** Flips one byte of `needle` where it is stored in the virtual library's cartridge files. */
function damageOnTape(fx: Fixture, needle: Buffer): void {
  const folder = path.join(fx.setup.dir, 'library', 'cartridges');
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(needle);
    if (at < 0) continue;
    const fd = fs.openSync(file, 'r+');
    try {
      fs.writeSync(fd, Buffer.from([bytes[at + 10]! ^ 0xff]), 0, 1, at + 10);
    } finally {
      fs.closeSync(fd);
    }
    return;
  }
  assert.fail('the content was not found in the cartridge files');
}

describe('afrestore and afverify with faults', () => {
  let fx: Fixture;
  const content = new Map<string, Buffer>();
  before(async () => {
    fx = await startFixture();
    fs.mkdirSync(path.join(fx.root, 'd'));
    for (const n of ['f1.bin', 'f2.bin', 'f3.bin']) {
      const data = crypto.randomBytes(40_000);
      content.set(n, data);
      fs.writeFileSync(path.join(fx.root, 'd', n), data);
    }
    await backupRun(fx, ['d'], { full: true, startNs: BigInt(Date.now() - 60_000) * 1_000_000n });
    damageOnTape(fx, content.get('f2.bin')!.subarray(20_000, 20_064));
  });
  after(async () => {
    await fx?.stop();
  });

  it('reports the damaged file, restores the others and exits 1', async () => {
    const out = path.join(fx.dir, 'out');
    const r = await runHere('cli', ['-c', fx.confFile, '-C', out, 'd/']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /d\/f2\.bin: .*damaged/);
    assert.doesNotMatch(r.stderr, /f[13]\.bin/);
    for (const n of ['f1.bin', 'f3.bin']) assert.deepEqual(fs.readFileSync(path.join(out, 'd', n)), content.get(n));
    assert.equal(fs.existsSync(path.join(out, 'd/f2.bin')), false, 'no damaged content is left behind');
  });

  it('afverify --tape names the damaged file and exits 1', async () => {
    const r = await runHere('verify-cli', ['-c', fx.confFile, '--tape']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /d\/f2\.bin: damaged on tape/);
    assert.doesNotMatch(r.stderr, /f[13]\.bin/);
  });

  it('names the cartridge that is needed when the server cannot provide it', async () => {
    const fl = Filelist.open(fx.varDir);
    try {
      const startNs = BigInt(Date.now()) * 1_000_000n;
      const run = fl.beginRun({ fullNumber: 1, level: 0, startNs, serverHost: '127.0.0.1', serverPort: fx.port, clientId: CLIENT_ID });
      const entry = { name: Buffer.from('d/elsewhere.txt'), type: 'file' as const, size: 5n, uid: 0, mtimeNs: startNs, ctimeNs: startNs, inode: 0n, dev: 0n };
      fl.addEntries(run, [{ ...entry, cartridge: 3, tapeFile: 7, block: 2, blockOffset: 0, streamOffset: 9000n }]);
      fl.finishRun(run, { state: 'complete', endNs: startNs });
    } finally {
      fl.close();
    }
    const r = await runHere('cli', ['-c', fx.confFile, '-C', path.join(fx.dir, 'out3'), 'elsewhere']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot read cartridge 3 \(tape file 7\).*Cartridge 3 is needed.*d\/elsewhere\.txt/);
  });
});
