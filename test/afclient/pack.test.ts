// The packer alone: order, selection, hard links, sparse files, commands, changing files, atime.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FileSource } from '../../afclient/pack/file-source.js';
import { pack, type PackItem, type PackOptions } from '../../afclient/pack/packer.js';
import { CollectingReporter } from '../../afclient/report.js';
import { unpack } from '../../afclient/unpack/unpacker.js';
import type { DataSegment } from '../../protocol/archive/entry.js';
import { names, packedEntries, setTimes, tempDir } from './helpers.js';

async function packAll(opts: Partial<PackOptions> & { root: string; inputs: Buffer[] }): Promise<{ items: PackItem[]; data: Map<string, DataSegment[]>; report: CollectingReporter }> {
  const report = new CollectingReporter();
  const items: PackItem[] = [];
  const data = new Map<string, DataSegment[]>();
  for await (const item of pack({ selection: {}, noCompress: () => false, keepAtime: true, report, ...opts })) {
    items.push(item);
    const segs: DataSegment[] = [];
    if (item.content) for await (const s of item.content) segs.push(s);
    data.set(item.meta.name.toString(), segs);
  }
  return { items, data, report };
}

const nameList = (items: PackItem[]): string[] => items.map((i) => i.meta.name.toString());

test('depth-first order, directory after its contents, hard links across directories', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't/b/c'), { recursive: true });
    fs.mkdirSync(path.join(dir, 't/a'));
    fs.writeFileSync(path.join(dir, 't/b/c/f'), 'x');
    fs.linkSync(path.join(dir, 't/b/c/f'), path.join(dir, 't/a/link'));
    const { items } = await packAll({ root: dir, inputs: names('t') });
    assert.deepEqual(nameList(items), ['t/a/link', 't/a', 't/b/c/f', 't/b/c', 't/b', 't']);
    assert.equal(items[0]!.meta.type, 'file');
    assert.equal(items[2]!.meta.type, 'hardlink');
    assert.equal(items[2]!.meta.linkTarget?.toString(), 't/a/link');
  } finally {
    cleanup();
  }
});

test('-o, -N, -A and -B select entries; directories stay for the time filters', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    for (const [n, sec] of [['old', 1_000_000_000n], ['mid', 1_500_000_000n], ['new', 1_700_000_000n]] as const) {
      fs.writeFileSync(path.join(dir, 't', n), n);
      setTimes(path.join(dir, 't', n), sec * 1_000_000_000n);
    }
    const ns = (s: bigint): bigint => s * 1_000_000_000n;
    const sel = async (selection: PackOptions['selection']): Promise<string[]> => nameList((await packAll({ root: dir, inputs: names('t'), selection })).items);
    assert.deepEqual(await sel({ newerThanNs: ns(1_500_000_000n) }), ['t/new', 't']);
    assert.deepEqual(await sel({ afterNs: ns(1_400_000_000n), beforeNs: ns(1_600_000_000n) }), ['t/mid', 't']);
    fs.chownSync(path.join(dir, 't/mid'), 4242, 4242);
    assert.deepEqual(await sel({ owner: 4242 }), ['t/mid']);
  } finally {
    cleanup();
  }
});

test('a 5 GiB sparse file is stored as its data only and restored with its holes', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 's'));
    const p = path.join(dir, 's/big');
    const fd = fs.openSync(p, 'w');
    fs.writeSync(fd, Buffer.from('head'), 0, 4, 0);
    fs.writeSync(fd, Buffer.from('past 4 GiB'), 0, 10, 4.5 * 2 ** 30);
    fs.ftruncateSync(fd, 5 * 2 ** 30);
    fs.closeSync(fd);
    const { items, data } = await packAll({ root: dir, inputs: names('s/big') });
    assert.equal(items[0]!.meta.size, 5n * 2n ** 30n);
    const segs = data.get('s/big')!;
    assert.deepEqual(segs.map((s) => s.offset), [0n, BigInt(4.5 * 2 ** 30 - ((4.5 * 2 ** 30) % 4096))]);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const report = new CollectingReporter();
    await unpack(packedEntries({ root: dir, inputs: names('s') }), { root: out, overwrite: false, wanted: () => true, report });
    assert.deepEqual(report.problemList, []);
    const st = fs.statSync(path.join(out, 's/big'));
    assert.equal(st.size, 5 * 2 ** 30);
    assert.ok(st.blocks * 512 <= 64 * 1024, `restored file uses ${st.blocks} blocks: holes were filled`);
    const rfd = fs.openSync(path.join(out, 's/big'), 'r');
    const b = Buffer.alloc(10);
    fs.readSync(rfd, b, 0, 10, 4.5 * 2 ** 30);
    fs.closeSync(rfd);
    assert.equal(b.toString(), 'past 4 GiB');
  } finally {
    cleanup();
  }
});

test('a file that vanishes, grows or shrinks while packed is reported and stored consistently', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const p = path.join(dir, 'f');
    const name = Buffer.from('f');
    fs.writeFileSync(p, 'a'.repeat(1000));
    const report = new CollectingReporter();

    let st = fs.lstatSync(p, { bigint: true });
    fs.appendFileSync(p, 'b'.repeat(500));
    const g = FileSource.readSmall(Buffer.from(p), name, st, { keepAtime: true }, report)!;
    assert.equal(Buffer.concat(g.map((s) => s.data)).toString(), 'a'.repeat(1000));
    assert.match(report.problemList.at(-1)!, /grew while being read.*first 1000 bytes/);

    st = fs.lstatSync(p, { bigint: true });
    fs.truncateSync(p, 300);
    const s = FileSource.readSmall(Buffer.from(p), name, st, { keepAtime: true }, report)!;
    assert.equal(Buffer.concat(s.map((x) => x.data)).length, 300);
    assert.match(report.problemList.at(-1)!, /shrank while being read/);

    st = fs.lstatSync(p, { bigint: true });
    fs.unlinkSync(p);
    assert.equal(FileSource.open(Buffer.from(p), name, st, { keepAtime: true }, report), null);
    assert.match(report.problemList.at(-1)!, /vanished/);
    assert.equal(report.problems, 3);

    // Replaced between the walk and the read: by another file, by a directory.
    fs.writeFileSync(p, 'old');
    st = fs.lstatSync(p, { bigint: true });
    fs.renameSync(path.join(dir, 'f'), path.join(dir, 'f.old'));
    fs.writeFileSync(p, 'new');
    assert.equal(FileSource.readSmall(Buffer.from(p), name, st, { keepAtime: true }, report), null);
    assert.match(report.problemList.at(-1)!, /replaced by another file/);
    fs.unlinkSync(p);
    fs.mkdirSync(p);
    assert.equal(FileSource.readSmall(Buffer.from(p), name, st, { keepAtime: true }, report), null);
    assert.match(report.problemList.at(-1)!, /replaced by another file/);
    assert.equal(FileSource.open(Buffer.from(p), name, st, { keepAtime: true }, report), null);
    assert.equal(report.problems, 6);

    const missing = await packAll({ root: dir, inputs: names('no-such-file', 'also/missing') });
    assert.equal(missing.items.length, 0);
    assert.equal(missing.report.problems, 2);
  } finally {
    cleanup();
  }
});

test('atime of files read is kept unless told otherwise', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    const p = path.join(dir, 't/f');
    fs.writeFileSync(p, 'content');
    setTimes(p, 1_600_000_000_000_000_000n, 1_000_000_000_000_000_000n);
    await packAll({ root: dir, inputs: names('t') });
    assert.equal(fs.statSync(p, { bigint: true }).atimeNs, 1_000_000_000_000_000_000n);
    await packAll({ root: dir, inputs: names('t'), keepAtime: false });
    assert.notEqual(fs.statSync(p, { bigint: true }).atimeNs, 1_000_000_000_000_000_000n);
  } finally {
    cleanup();
  }
});

test('command entries store the dump output and pipe it into the restore command', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const spec = `||| printf "%s\\n" "two words" ||| dd of=restored.txt status=none ### a comment`;
    const { items, data, report } = await packAll({ root: dir, inputs: [Buffer.from(spec)] });
    assert.deepEqual(report.problemList, []);
    assert.equal(items[0]!.meta.type, 'command');
    assert.deepEqual(items[0]!.meta.command, { dump: 'printf "%s\\n" "two words"', restore: 'dd of=restored.txt status=none', comment: 'a comment' });
    assert.equal(Buffer.concat(data.get(items[0]!.meta.name.toString())!.map((s) => s.data)).toString(), 'two words\n');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const r2 = new CollectingReporter();
    await unpack(packedEntries({ root: dir, inputs: [Buffer.from(spec)] }), { root: out, overwrite: false, wanted: () => true, report: r2 });
    assert.deepEqual(r2.problemList, []);
    assert.equal(fs.readFileSync(path.join(out, 'restored.txt'), 'utf8'), 'two words\n');

    const failing = await packAll({ root: dir, inputs: [Buffer.from('||| false ||| cat'), Buffer.from('||| only-dump')] });
    assert.equal(failing.report.problems, 2, failing.report.problemList.join('\n'));
  } finally {
    cleanup();
  }
});

test('names matching the no-compress patterns are marked; the archive itself is left out', async () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    fs.writeFileSync(path.join(dir, 't/a.gz'), 'x');
    fs.writeFileSync(path.join(dir, 't/b.txt'), 'x');
    fs.writeFileSync(path.join(dir, 't/archive'), '');
    const st = fs.statSync(path.join(dir, 't/archive'), { bigint: true });
    const { items } = await packAll({ root: dir, inputs: names('t'), noCompress: (n) => n.toString().endsWith('.gz'), exclude: { dev: st.dev, ino: st.ino } });
    assert.deepEqual(items.map((i) => [i.meta.name.toString(), i.compress]), [['t/a.gz', false], ['t/b.txt', true], ['t', true]]);
  } finally {
    cleanup();
  }
});
