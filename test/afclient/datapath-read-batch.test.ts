// A batch's small files read by its native encoding (packio encodeBatch, native/packio-read.h;
// afclient/codec/encode-batch.ts settles them): each file opened relative to its folder, with the outcome readSmall
// gives for the same file (unchanged, grown, shrunk, modified, not the walked file), a folder
// replaced since the walk answered as a replaced file, and bad arguments refused before anything
// is read.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { encodeBatch, OP_COPY, OP_FILE_RAW, OP_STRIDE } from '../../afclient/codec/encode-batch.js';
import { FileReadList } from '../../afclient/codec/file-reads.js';
import { statOf } from '../../afclient/pack/entry-stat.js';
import { FALLBACK, GREW, MODIFIED, packio, SHRANK, UNCHANGED } from '../../afclient/pack/packio.js';
import { BODY_FRAME_LEN, TRAILER_LEN } from '../../protocol/archive/format.js';
import { tempDir } from './helpers.js';

interface Walked {
  path: string;
  st: fs.BigIntStats;
}

const walk = (p: string): Walked => ({ path: p, st: fs.lstatSync(p, { bigint: true }) });

/**
 * The files as a batch carries them: per file a head of HEAD bytes, room for its frame and its
 * walk-time size (an OP_FILE_RAW op), and its trailer; `ats` where each file's room starts.
 */
const HEAD = 10;
function batch(files: Walked[]): { reads: ReturnType<FileReadList['pack']>; ats: Float64Array; dst: Buffer; ops: Float64Array } {
  const list = new FileReadList();
  const ats = new Float64Array(files.length);
  const ops: number[] = [];
  let at = 0;
  files.forEach((f, i) => {
    list.add({ path: Buffer.from(f.path), st: statOf(f.st), keepAtime: false });
    const size = Number(f.st.size);
    ops.push(OP_COPY, at, HEAD, 0, 0);
    at += HEAD + BODY_FRAME_LEN;
    ats[i] = at;
    ops.push(OP_FILE_RAW, at, size, 0, 0);
    at += size;
    ops.push(OP_COPY, at, TRAILER_LEN, 0, 0);
    at += TRAILER_LEN;
  });
  return { reads: list.pack(), ats, dst: Buffer.alloc(at, 0xee), ops: Float64Array.from(ops) };
}

/** Starts the native encoding of the batch with its files; what it resolves to. */
function encodeWithFiles(b: ReturnType<typeof batch>, status: Int32Array, out: Float64Array, ends = b.reads.pathEnds): Promise<number> {
  const { reads, dst, ops } = b;
  return packio().encodeBatch(dst, ops, new Float64Array(ops.length / OP_STRIDE + 1), new Uint8Array(8 * b.ats.length), [reads.paths, ends, reads.stats, reads.keepAtime, status, out], false);
}

/** readSmall of one walked file: its outcome and three numbers. */
function readSmall(f: Walked): { status: number; out: number[] } {
  const expect = BigInt64Array.from([f.st.ino, f.st.dev, f.st.size, f.st.mtimeNs, f.st.atimeNs]);
  const out = new Float64Array(3);
  const status = packio().readSmall(Buffer.from(f.path), Buffer.alloc(Number(f.st.size)), 0, expect, 0, out);
  return { status, out: [...out] };
}

test('encodeBatch: files of several folders read into their room, each with the outcome readSmall gives, and nothing encoded', async () => {
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
    const b = batch(files);
    const { ats, dst } = b;
    const status = new Int32Array(files.length);
    const out = new Float64Array(3 * files.length);
    assert.equal(await encodeWithFiles(b, status, out), -1, 'files changed since the walk: left for the caller to settle');
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
      assert.equal(dst[ats[i]! - 1], 0xee, `${n}: nor before it`);
    });
  } finally {
    cleanup();
  }
});

test('encodeBatch: a folder replaced since the walk gives its files as replaced, read again by their path, and left out', async () => {
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
    const { reads, dst, ops } = batch(files);
    const r = await encodeBatch({ input: dst.buffer, fill: dst.length, ops, files: reads });
    assert.deepEqual([...r.files!.got], [-1, -1], 'neither is the file the walk found: not stored');
    assert.deepEqual(
      r.files!.events.map((e) => `${e.file} ${e.kind}`),
      ['0 problem', '1 problem'],
      'each reported once, by the read through its path',
    );
    assert.equal(r.outLen, 0, 'their heads, chunks and trailers all left out');
  } finally {
    cleanup();
  }
});

test('encodeBatch refuses arrays that do not describe the files, before reading any', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    fs.writeFileSync(p, 'f'.repeat(100));
    const b = batch([walk(p)]);
    const status = new Int32Array(1);
    const out = new Float64Array(3);
    const call = (o: Float64Array, ends = b.reads.pathEnds, bb = b): Promise<number> => encodeWithFiles(bb, status, o, ends);
    assert.throws(() => call(new Float64Array(2)), TypeError, 'out too short');
    assert.throws(() => call(out, Float64Array.of(b.reads.paths.length + 1)), TypeError, 'a path past the paths');
    // one byte more room than the file's size, the trailer behind it
    const bigger = { ...b, dst: Buffer.alloc(b.dst.length + 1, 0xee), ops: b.ops.map((v, i) => (i === OP_STRIDE + 2 || i === 2 * OP_STRIDE + 1 ? v + 1 : v)) };
    assert.throws(() => call(out, b.reads.pathEnds, bigger), /room is not its file's size/, 'a room that is not the file');
    const outside = { ...b, dst: b.dst.subarray(0, 50) };
    assert.throws(() => call(out, b.reads.pathEnds, outside), RangeError, 'no room for the file');
    assert.equal(b.dst.indexOf(0x66), -1, 'nothing was read');
    const outLen = await call(out);
    assert.equal(status[0], UNCHANGED);
    assert.equal(out[0], 100);
    assert.equal(outLen, HEAD + BODY_FRAME_LEN + 100 + TRAILER_LEN, 'read whole: encoded, stored raw');
    assert.ok(b.dst.subarray(HEAD + BODY_FRAME_LEN, HEAD + BODY_FRAME_LEN + 100).equals(Buffer.from('f'.repeat(100))));
  } finally {
    cleanup();
  }
});
