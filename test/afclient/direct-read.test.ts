// Files read straight into the archive writer (small ones by one native call, large ones a chunk
// at a time): content, changes while read, vanished and replaced files, atime, and the outcome
// writePackItem gives the callers (afclient -c, full_backup).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { statOf } from '../../afclient/pack/entry-stat.js';
import { CHUNK } from '../../afclient/pack/file-source.js';
import { prepare, type PackItem } from '../../afclient/pack/packer.js';
import { FALLBACK, GREW, KEEP_ATIME, MODIFIED, packio, SHRANK, UNCHANGED } from '../../afclient/pack/packio.js';
import { SmallFile } from '../../afclient/pack/small-file.js';
import { writePackItem } from '../../afclient/pack/write-item.js';
import { CollectingReporter } from '../../afclient/report.js';
import { ArchiveWriter } from '../../protocol/archive/index.js';
import { readStream } from '../archive/helpers.js';
import { setTimes, tempDir } from './helpers.js';

function item(p: string, report: CollectingReporter, st = fs.lstatSync(p, { bigint: true })): PackItem | null {
  return prepare({ name: Buffer.from(path.basename(p)), path: Buffer.from(p), st: statOf(st) }, new Map(), { selection: {}, noCompress: () => false, keepAtime: true, report });
}

/** Reads a small file as the writer would: into a buffer at an offset. */
function readSmall(p: string, st: fs.BigIntStats, report: CollectingReporter): Buffer | null {
  const dst = Buffer.alloc(Number(st.size) + 10, 0xee);
  const n = new SmallFile(Buffer.from(p), Buffer.from('f'), st, { keepAtime: true }, report).readInto(dst, 10);
  return n === null ? null : dst.subarray(10, 10 + n);
}

test('a small file read in one call: whole, grown, shrunk, modified, vanished, replaced', () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    const report = new CollectingReporter();
    fs.writeFileSync(p, 'a'.repeat(1000));
    let st = fs.lstatSync(p, { bigint: true });
    assert.equal(readSmall(p, st, report)!.toString(), 'a'.repeat(1000));
    assert.equal(report.problems, 0);

    fs.appendFileSync(p, 'b'.repeat(500));
    assert.equal(readSmall(p, st, report)!.toString(), 'a'.repeat(1000));
    assert.match(report.problemList.at(-1)!, /grew while being read \(from 1000 to 1500 bytes\); stored the first 1000 bytes/);

    st = fs.lstatSync(p, { bigint: true });
    fs.truncateSync(p, 300);
    assert.equal(readSmall(p, st, report)!.length, 300);
    assert.match(report.problemList.at(-1)!, /shrank while being read \(from 1500 to 300 bytes\)/);

    st = fs.lstatSync(p, { bigint: true });
    fs.writeFileSync(p, 'c'.repeat(300));
    setTimes(p, st.mtimeNs + 5_000_000_000n);
    assert.equal(readSmall(p, st, report)!.toString(), 'c'.repeat(300));
    assert.match(report.problemList.at(-1)!, /was modified while being read/);
    assert.equal(report.problems, 3);

    st = fs.lstatSync(p, { bigint: true });
    fs.renameSync(p, `${p}.old`);
    assert.equal(readSmall(p, st, report), null);
    assert.match(report.problemList.at(-1)!, /vanished/);
    fs.writeFileSync(p, 'c'.repeat(300));
    assert.equal(readSmall(p, st, report), null);
    assert.match(report.problemList.at(-1)!, /replaced by another file/);
    fs.unlinkSync(p);
    fs.symlinkSync(`${p}.old`, p);
    assert.equal(readSmall(p, st, report), null);
    assert.match(report.problemList.at(-1)!, /replaced by a symbolic link/);
    assert.equal(report.problems, 6);
  } finally {
    cleanup();
  }
});

test('the native read answers the usual outcomes itself and leaves the rest to node:fs', () => {
  const { dir, cleanup } = tempDir();
  try {
    const addon = packio();
    const p = path.join(dir, 'f');
    fs.writeFileSync(p, 'abcdef');
    const st = fs.lstatSync(p, { bigint: true });
    const expect = new BigInt64Array([st.ino, st.dev, st.size, st.mtimeNs, st.atimeNs]);
    const out = new Float64Array(3);
    const dst = Buffer.alloc(16);
    const read = (): number => addon.readSmall(Buffer.from(p), dst, 4, expect, KEEP_ATIME, out);
    assert.equal(read(), UNCHANGED);
    assert.equal(dst.subarray(4, 10).toString(), 'abcdef');
    assert.deepEqual([...out], [6, 6, 0]);
    fs.appendFileSync(p, 'g');
    assert.equal(read(), GREW);
    fs.truncateSync(p, 2);
    assert.equal(read(), SHRANK);
    assert.deepEqual([...out].slice(0, 2), [2, 2]);
    fs.truncateSync(p, 6);
    setTimes(p, st.mtimeNs + 1n);
    assert.equal(read(), MODIFIED);
    fs.unlinkSync(p);
    assert.equal(read(), FALLBACK); // vanished: node:fs tells why
    assert.throws(() => addon.readSmall(Buffer.from(p), Buffer.alloc(5), 0, expect, KEEP_ATIME, out), TypeError); // no room for the size
  } finally {
    cleanup();
  }
});

test('a small file read in one call keeps its atime', () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    fs.writeFileSync(p, 'content');
    setTimes(p, 1_600_000_000_000_000_000n, 1_000_000_000_000_000_000n);
    assert.equal(readSmall(p, fs.lstatSync(p, { bigint: true }), new CollectingReporter())!.toString(), 'content');
    assert.equal(fs.statSync(p, { bigint: true }).atimeNs, 1_000_000_000_000_000_000n);
  } finally {
    cleanup();
  }
});

test('writePackItem stores small and large files read in place, and tells which were not stored', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const report = new CollectingReporter();
    const small = path.join(dir, 'small');
    const large = path.join(dir, 'large');
    const gone = path.join(dir, 'gone');
    fs.writeFileSync(small, 'small file\n'.repeat(100));
    const big = Buffer.alloc(3 * CHUNK + 12345);
    for (let i = 0; i < big.length; i += 4096) big.write(`block ${i}\n`, i);
    fs.writeFileSync(large, big);
    fs.writeFileSync(gone, 'x');
    const items = [item(small, report)!, item(large, report)!, item(gone, report)!];
    // Between the walk and the writing: one file vanishes, the large one shrinks.
    fs.unlinkSync(gone);
    fs.truncateSync(large, 2 * CHUNK + 7);
    const parts: Buffer[] = [];
    const writer = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), { codec: { kind: 'zstd', level: 1 }, chunkSize: CHUNK });
    const outcomes = [];
    for (const i of items) outcomes.push(await writePackItem(writer, i));
    await writer.finish();
    assert.deepEqual(outcomes, [{ stored: true }, { stored: true }, { stored: false }]);
    assert.match(report.problemList.join('\n'), /large: shrank while being read/);
    assert.match(report.problemList.join('\n'), /gone: vanished/);
    const { entries, damage } = await readStream(Buffer.concat(parts));
    assert.deepEqual(damage, []);
    assert.deepEqual(entries.map((e) => e.meta.name.toString()), ['small', 'large']);
    assert.equal(Buffer.concat(entries[0]!.segments.map((s) => s.data)).toString(), 'small file\n'.repeat(100));
    assert.ok(Buffer.concat(entries[1]!.segments.map((s) => s.data)).equals(big.subarray(0, 2 * CHUNK + 7)));
  } finally {
    cleanup();
  }
});
