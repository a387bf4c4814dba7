// full_backup then incr_backup against a real afserver: what each run saves, deletions, a file
// moved in with an old mtime, the minimum restore information (StartupInfoProgram, ExitProgram's
// %i, its three copies in the first block of the run's stream) and the filelist copy on tape.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { findInfoBlock } from '../../../afclient/backup/info-block.js';
import { parseMinInfoLine } from '../../../afclient/backup/min-restore-info.js';
import { INFO_BLOCK_SIZE } from '../../../afclient/backup/info-block.js';
import { Readable } from 'node:stream';
import { ArchiveReader } from '../../../protocol/archive/index.js';
import { connect, restore } from '../../afserver/server-helpers.js';
import { backupWorld, filelistPosition, filelistState, full, incr, nextSecond, writeFiles } from './helpers.js';

test('full then incremental: changed, new, deleted and moved-in files; minimum restore information on tape', async () => {
  const w = await backupWorld();
  try {
    const infoFile = path.join(w.setup.dir, 'mininfo.txt');
    const exitFile = path.join(w.setup.dir, 'exit.txt');
    const startupScript = path.join(w.setup.dir, 'startup.sh');
    fs.writeFileSync(startupScript, `#!/bin/sh\ncat >> "${infoFile}"\n`, { mode: 0o755 });
    const exitScript = path.join(w.setup.dir, 'exit.sh');
    fs.writeFileSync(exitScript, `#!/bin/sh\nprintf '%s|%s|' "$1" "$2" >> "${exitFile}"\ntest -s "$3" && grep -q 'Entries saved' "$4" && echo ok >> "${exitFile}"\n`, { mode: 0o755 });
    w.configure({ StartupInfoProgram: startupScript, ExitProgram: `${exitScript} %e %i %l %r` });
    writeFiles(w, { 'keep.txt': 'unchanged', 'change.txt': 'v1', 'gone.txt': 'to be deleted', 'sub/deep.txt': 'deep' });
    // Incompressible, so the entries after it start many blocks into the tape file.
    fs.writeFileSync(path.join(w.tree, 'big.bin'), crypto.randomBytes(300_000));
    await nextSecond();

    const r1 = await full(w);
    assert.equal(r1.code, 0, r1.stderr);
    let st = filelistState(w);
    assert.equal(st.runs.length, 1);
    assert.deepEqual(st.saved(1), ['big.bin', 'change.txt', 'gone.txt', 'keep.txt', 'sub/deep.txt']);
    assert.equal(st.runs[0]!.state, 'complete');

    // The line StartupInfoProgram got is the run's, and ExitProgram saw it as %i with status 0.
    const line = fs.readFileSync(infoFile, 'utf8').trim();
    assert.equal(line, st.runs[0]!.minInfo);
    const info = parseMinInfoLine(line);
    assert.equal(info.version, 2);
    if (info.version !== 2) return;
    assert.equal(info.clientId, w.clientId);
    assert.deepEqual([info.fullNumber, info.part, info.parts], [1, 1, 1]);
    assert.deepEqual(info.lastFull, st.runs[0]!.first, 'a complete full: the line points at its start');
    assert.equal(fs.readFileSync(exitFile, 'utf8'), `0|${line}|ok\n`);

    // Three copies in the first block of the run's stream, identifying this run.
    const client = await connect(w.server.port, w.setup, w.clientId);
    try {
      const first = st.runs[0]!.first!;
      const stream = await restore(client, first.cartridge, first.tapeFile);
      const scan = findInfoBlock(stream.subarray(0, INFO_BLOCK_SIZE));
      assert.ok(scan, 'no minimum restore information at the start of the run');
      assert.equal(scan.validCopies, 3);
      assert.equal(scan.info.clientId, w.clientId);
      assert.deepEqual([scan.info.fullNumber, scan.info.part, scan.info.timeSec], [1, 1, info.timeSec]);

      // The filelist copy: found by its tape file header alone, which carries the final line,
      // and holding the run's filelist in afbackup's text form.
      const headers = ((await client.request({ listBackupHeaders: { cartridge: info.filelist.cartridge } })).headers?.headers ?? []).map((h) => ({
        at: `${h.position?.cartridge}.${h.position?.tapeFile}`,
        header: JSON.parse(h.text ?? '{}') as { kind: string; metadata: Record<string, string> },
      }));
      const copies = headers.filter((h) => h.header.kind === 'filelist');
      assert.deepEqual(copies.map((c) => [c.at, c.header.metadata.minInfo]), [[`${info.filelist.cartridge}.${info.filelist.tapeFile}`, line]]);
      assert.equal(headers.find((h) => h.at === `${first.cartridge}.${first.tapeFile}`)?.header.kind, 'archive');
      const copy = await restore(client, info.filelist.cartridge, info.filelist.tapeFile);
      const listed: string[] = [];
      for await (const e of new ArchiveReader(Readable.from([copy]), { workers: 0 }).entries()) {
        for await (const seg of e.content()) listed.push(seg.data.toString());
      }
      assert.match(listed.join(''), /^## Full backup at .*\n127\.0\.0\.1%\d+!1\.1\|\d+~\d+: big\.bin\n/);

      // Reading from the position the filelist recorded finds the entry's record right there.
      const deep = filelistPosition(w, 'sub/deep.txt');
      assert.ok(deep.block > 10, `sub/deep.txt should lie beyond big.bin, found block ${deep.block}`);
      const from = await restore(client, deep.cartridge, deep.tapeFile, deep.block, deep.blockOffset);
      const reader = new ArchiveReader(Readable.from([from]), { workers: 0 });
      for await (const e of reader.entries()) {
        assert.equal(e.meta.name.toString(), 'sub/deep.txt');
        break;
      }
      assert.deepEqual(reader.damage, []);
    } finally {
      client.close();
    }

    fs.writeFileSync(path.join(w.tree, 'change.txt'), 'v2 longer');
    fs.rmSync(path.join(w.tree, 'gone.txt'));
    writeFiles(w, { 'sub/new.txt': 'new' });
    // Moved in with an mtime years old: afbackup's mtime test missed such files.
    const outside = path.join(w.setup.dir, 'old.txt');
    fs.writeFileSync(outside, 'old content');
    fs.utimesSync(outside, new Date('2002-01-01'), new Date('2002-01-01'));
    fs.renameSync(outside, path.join(w.tree, 'sub/old.txt'));
    await nextSecond();

    const r2 = await incr(w);
    assert.equal(r2.code, 0, r2.stderr);
    st = filelistState(w);
    assert.equal(st.runs.length, 2);
    assert.equal(st.runs[1]!.level, 0);
    assert.deepEqual(st.saved(2), ['change.txt', 'sub/new.txt', 'sub/old.txt']);
    assert.deepEqual(st.deleted(2), ['gone.txt']);
    // The copies at the start of the second run point at the first run's filelist copy and full.
    const c2 = await connect(w.server.port, w.setup, w.clientId);
    try {
      const second = st.runs[1]!.first!;
      const scan = findInfoBlock((await restore(c2, second.cartridge, second.tapeFile)).subarray(0, INFO_BLOCK_SIZE));
      assert.deepEqual([scan?.info.filelist, scan?.info.lastFull], [info.filelist, st.runs[0]!.first]);
    } finally {
      c2.close();
    }

    // Nothing changed: the next incremental saves no file.
    await nextSecond();
    const r3 = await incr(w, '-y');
    assert.equal(r3.code, 0, r3.stderr);
    assert.deepEqual(filelistState(w).saved(3), []);
    assert.match(fs.readFileSync(path.join(w.varDir, 'progress'), 'utf8'), /^\d+ \d+ 100%\n$/);
    assert.equal(fs.readFileSync(infoFile, 'utf8').trim().split('\n').length, 3);
  } finally {
    await w.close();
  }
});
