// A codec batch's small files read in one native call (packio readBatch, afclient/codec/
// file-reads.ts readFilesAt): each file opened relative to its folder, with the outcome readSmall
// gives for the same file (unchanged, grown, shrunk, modified, not the walked file), a folder
// replaced since the walk answered as a replaced file, and bad arguments refused before anything
// is read.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Collector, FileReadList, fileResults, readFilesAt } from '../../afclient/codec/file-reads.js';
import { statOf } from '../../afclient/pack/entry-stat.js';
import { FALLBACK, GREW, MODIFIED, packio, SHRANK, UNCHANGED } from '../../afclient/pack/packio.js';
import { tempDir } from './helpers.js';

interface Walked {
  path: string;
  st: fs.BigIntStats;
}

const walk = (p: string): Walked => ({ path: p, st: fs.lstatSync(p, { bigint: true }) });

/** The files as a batch carries them, each with room for its walk-time size behind the one before. */
function batch(files: Walked[]): { reads: ReturnType<FileReadList['pack']>; ats: Float64Array; dst: Buffer } {
  const list = new FileReadList();
  const ats = new Float64Array(files.length);
  let at = 7;
  files.forEach((f, i) => {
    list.add({ path: Buffer.from(f.path), st: statOf(f.st), keepAtime: false });
    ats[i] = at;
    at += Number(f.st.size) + 3;
  });
  return { reads: list.pack(), ats, dst: Buffer.alloc(at, 0xee) };
}

/** readSmall of one walked file: its outcome and three numbers. */
function readSmall(f: Walked): { status: number; out: number[] } {
  const expect = BigInt64Array.from([f.st.ino, f.st.dev, f.st.size, f.st.mtimeNs, f.st.atimeNs]);
  const out = new Float64Array(3);
  const status = packio().readSmall(Buffer.from(f.path), Buffer.alloc(Number(f.st.size)), 0, expect, 0, out);
  return { status, out: [...out] };
}

test('readBatch: files of several folders read into their room, each with the outcome readSmall gives', () => {
  const { dir, cleanup } = tempDir();
  try {
    for (const d of ['a', 'b', 'a/sub']) fs.mkdirSync(path.join(dir, d), { recursive: true });
    const names = ['a/one', 'a/two', 'b/three', 'a/four', 'a/sub/five', 'a/grows', 'a/shrinks', 'b/modified', 'b/replaced', 'a/empty'];
    names.forEach((n, i) => fs.writeFileSync(path.join(dir, n), n === 'a/empty' ? '' : `${n} `.repeat(50 + i * 30)));
    const files = names.map((n) => walk(path.join(dir, n)));
    // after the walk: changes the reads must tell
    fs.appendFileSync(path.join(dir, 'a/grows'), 'more');
    fs.truncateSync(path.join(dir, 'a/shrinks'), 10);
    const modified = path.join(dir, 'b/modified');
    fs.writeFileSync(modified, Buffer.from(fs.readFileSync(modified)).fill(0x41));
    fs.utimesSync(modified, new Date(2030, 0, 1), new Date(2030, 0, 1));
    // made before the old one goes, so that it cannot get the old one's inode number
    fs.writeFileSync(path.join(dir, 'b/replacement'), 'another file'.repeat(40));
    fs.renameSync(path.join(dir, 'b/replacement'), path.join(dir, 'b/replaced'));
    const { reads, ats, dst } = batch(files);
    const status = new Int32Array(files.length);
    const out = new Float64Array(3 * files.length);
    packio().readBatch(reads.paths, reads.pathEnds, reads.stats, reads.keepAtime, dst, ats, status, out);
    const want: Record<string, number> = { 'a/grows': GREW, 'a/shrinks': SHRANK, 'b/modified': MODIFIED, 'b/replaced': FALLBACK };
    names.forEach((n, i) => {
      assert.equal(status[i], want[n] ?? UNCHANGED, n);
      const single = readSmall(files[i]!);
      assert.equal(status[i], single.status, `${n}: as readSmall`);
      assert.deepEqual([...out.subarray(3 * i, 3 * i + 3)], single.out, `${n}: the same numbers as readSmall`);
      if (status[i] === FALLBACK) return;
      const got = out[3 * i]!;
      const now = fs.readFileSync(files[i]!.path).subarray(0, Number(files[i]!.st.size));
      assert.ok(dst.subarray(ats[i]!, ats[i]! + got).equals(now.subarray(0, got)), `${n}: its bytes in its room`);
      assert.equal(dst[ats[i]! + Number(files[i]!.st.size)], 0xee, `${n}: nothing written past its room`);
    });
  } finally {
    cleanup();
  }
});

test('readFilesAt: a folder replaced since the walk gives its files as replaced, read again by their path', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 'd'));
    fs.writeFileSync(path.join(dir, 'd/x'), 'x'.repeat(300));
    fs.writeFileSync(path.join(dir, 'd/y'), 'y'.repeat(200));
    const files = ['d/x', 'd/y'].map((n) => walk(path.join(dir, n)));
    // the folder moved away and another made in its place, with a file of the same name
    fs.renameSync(path.join(dir, 'd'), path.join(dir, 'd.old'));
    fs.mkdirSync(path.join(dir, 'd'));
    fs.writeFileSync(path.join(dir, 'd/x'), 'new'.repeat(100));
    const { reads, ats, dst } = batch(files);
    const { results, collector } = fileResults(files.length);
    const failed = readFilesAt(reads, dst, ats, results, collector as Collector);
    assert.deepEqual([...results.got], [-1, -1], 'neither is the file the walk found: not stored');
    assert.deepEqual([...failed], [0, 0]);
    assert.deepEqual(
      results.events.map((e) => `${e.file} ${e.kind}`),
      ['0 problem', '1 problem'],
      'each reported once, by the read through its path',
    );
  } finally {
    cleanup();
  }
});

test('readBatch refuses arrays that do not describe the files, before reading any', () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    fs.writeFileSync(p, 'f'.repeat(100));
    const { reads, ats, dst } = batch([walk(p)]);
    const status = new Int32Array(1);
    const out = new Float64Array(3);
    const call = (d: Uint8Array, a: Float64Array, s: Int32Array, o: Float64Array, ends = reads.pathEnds): void =>
      packio().readBatch(reads.paths, ends, reads.stats, reads.keepAtime, d, a, s, o);
    assert.throws(() => call(dst.subarray(0, 50), ats, status, out), TypeError, 'no room for the file');
    assert.throws(() => call(dst, ats, status, new Float64Array(2)), TypeError, 'out too short');
    assert.throws(() => call(dst, Float64Array.of(-1), status, out), TypeError, 'a negative offset');
    assert.throws(() => call(dst, ats, status, out, Float64Array.of(reads.paths.length + 1)), TypeError, 'a path past the paths');
    assert.equal(dst.indexOf(0x66), -1, 'nothing was read');
    call(dst, ats, status, out);
    assert.equal(status[0], UNCHANGED);
    assert.equal(out[0], 100);
  } finally {
    cleanup();
  }
});
