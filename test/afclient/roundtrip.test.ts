// Pack -> unpack round trips of the filesystem side, without the archive format in between.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { compare } from '../../afclient/compare/compare.js';
import { CollectingReporter } from '../../afclient/report.js';
import { unpack } from '../../afclient/unpack/unpacker.js';
import { makeTree, names, packedEntries, tempDir } from './helpers.js';

test('every entry type survives pack and unpack', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const features = makeTree(dir);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const report = new CollectingReporter();
    const packReport = new CollectingReporter();
    const r = await unpack(packedEntries({ root: dir, inputs: names('tree'), report: packReport }), {
      root: out,
      overwrite: false,
      wanted: () => true,
      report,
    });
    assert.deepEqual(packReport.problemList, []);
    assert.deepEqual(report.problemList, []);
    assert.ok(r.restored > 20, `restored ${r.restored}`);
    assert.ok(report.noteList.some((n) => n.includes('sock') && n.includes('not recreated')), report.noteList.join('\n'));

    const diffs: string[] = [];
    await compare(packedEntries({ root: dir, inputs: names('tree') }), {
      root: out,
      wanted: (m) => m.type !== 'socket',
      onDifference: (m, what) => diffs.push(`${m.name}: ${what}`),
    });
    assert.deepEqual(diffs, []);

    const o = (p: string): string => path.join(out, 'tree', p);
    assert.equal(fs.statSync(o('d1/linked')).ino, fs.statSync(o('d2/also-linked')).ino);
    assert.equal(fs.readlinkSync(o('dangling')), '/nonexistent/target');
    assert.ok(fs.lstatSync(o('fifo')).isFIFO());
    assert.equal(fs.existsSync(o('sock')), false);
    assert.equal(fs.statSync(o('ro')).mode & 0o7777, 0o555);
    assert.equal(fs.statSync(o('setuid')).mode & 0o7777, 0o4755);
    assert.equal(fs.statSync(o('sticky')).mode & 0o7777, 0o1777);
    assert.equal(fs.statSync(o('plain.txt'), { bigint: true }).mtimeNs, 1_600_000_000_123_456_789n);
    assert.equal(fs.statSync(o('plain.txt'), { bigint: true }).atimeNs, 1_500_000_000_987_654_321n);
    assert.equal(fs.statSync(o('d1/deep'), { bigint: true }).mtimeNs, 1_600_000_001_000_000_001n);
    assert.equal(fs.readFileSync(o('new\nline'), 'utf8'), 'newline in the name\n');
    assert.ok(fs.statSync(o('sparse')).blocks * 512 < 1 << 20, 'holes were written as data');
    if (features.devices) {
      const dev = fs.statSync(o('null-dev'));
      assert.ok(dev.isCharacterDevice());
      assert.ok(fs.statSync(o('block-dev')).isBlockDevice());
    }
  } finally {
    cleanup();
  }
});

test('existing files are kept without -u and replaced with -u', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/f'), 'from the archive');
    const out = path.join(dir, 'out');
    fs.mkdirSync(path.join(out, 'src'), { recursive: true });
    fs.writeFileSync(path.join(out, 'src/f'), 'already there');
    const keep = new CollectingReporter();
    await unpack(packedEntries({ root: dir, inputs: names('src') }), { root: out, overwrite: false, wanted: () => true, report: keep });
    assert.equal(fs.readFileSync(path.join(out, 'src/f'), 'utf8'), 'already there');
    assert.equal(keep.problems, 0);
    assert.ok(keep.noteList.some((n) => n.includes('kept')));
    const replace = new CollectingReporter();
    await unpack(packedEntries({ root: dir, inputs: names('src') }), { root: out, overwrite: true, wanted: () => true, report: replace });
    assert.equal(fs.readFileSync(path.join(out, 'src/f'), 'utf8'), 'from the archive');
    assert.deepEqual(replace.problemList, []);
    assert.deepEqual(fs.readdirSync(path.join(out, 'src')), ['f'], 'no temporary file left behind');
  } finally {
    cleanup();
  }
});

const nameArb = fc
  .uint8Array({ minLength: 1, maxLength: 12 })
  .map((a) => Buffer.from(a.map((c) => (c === 0 || c === 0x2f ? 0x5f : c))))
  .filter((n) => !n.equals(Buffer.from('.')) && !n.equals(Buffer.from('..')));

test('random names and sizes round-trip byte for byte', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.record({ name: nameArb, size: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3_000_000 })), sub: fc.boolean() }), {
        maxLength: 6,
        selector: (f) => f.name.toString('latin1'),
      }),
      async (files) => {
        const { dir, cleanup } = tempDir();
        try {
          const src = Buffer.from(path.join(dir, 'src'));
          fs.mkdirSync(Buffer.concat([src, Buffer.from('/sub')]), { recursive: true });
          for (const f of files) {
            const p = Buffer.concat([src, Buffer.from(f.sub ? '/sub/' : '/'), f.name]);
            fs.writeFileSync(p, Buffer.alloc(f.size, f.name[0]!));
          }
          const out = path.join(dir, 'out');
          fs.mkdirSync(out);
          const report = new CollectingReporter();
          await unpack(packedEntries({ root: dir, inputs: names('src') }), { root: out, overwrite: false, wanted: () => true, report });
          assert.deepEqual(report.problemList, []);
          for (const f of files) {
            const p = Buffer.concat([Buffer.from(path.join(out, 'src')), Buffer.from(f.sub ? '/sub/' : '/'), f.name]);
            assert.deepEqual(fs.readFileSync(p), Buffer.alloc(f.size, f.name[0]!));
          }
        } finally {
          cleanup();
        }
      },
    ),
    { numRuns: 15 },
  );
});
