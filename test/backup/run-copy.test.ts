// The machine form of a run's filelist copy: export then import into a fresh filelist gives the
// same rows (every entry type, odd names, 64-bit inodes, ns times, positions, deletions), and
// damaged, cut or newer copies are refused without leaving a partial run behind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntryType } from '../../protocol/archive/entry.js';
import { exportRunJsonl, importRunJsonl, RUN_COPY_FORMAT } from '../../afclient/backup/filelist/run-copy.js';
import type { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { FULL_LEVEL } from '../../afclient/backup/levels.js';
import { entry, tempFilelist } from './fixtures.js';

const TYPES: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

/** Every column of every entry and deletion of a run, in insertion order (run ids left out). */
function rowsOf(fl: Filelist, runId: number): { entries: unknown[]; deletions: unknown[] } {
  return {
    entries: fl.db
      .prepare('SELECT name, type, size, uid, mtime_ns, ctime_ns, inode, dev, unstable, cartridge, tape_file, block, block_offset, stream_offset FROM entries WHERE run_id = ? ORDER BY rowid')
      .safeIntegers(true)
      .all(runId),
    deletions: fl.db.prepare('SELECT name FROM deletions WHERE run_id = ? ORDER BY rowid').all(runId),
  };
}

function sourceRun(fl: Filelist): number {
  const runId = fl.beginRun({ fullNumber: 7, part: 2, parts: 3, level: 4, differential: true, startNs: 1_763_797_579_123_456_789n, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1', dirsToBackup: ['home', 'etc'] });
  const odd = [Buffer.from([0x66, 0xff, 0xfe, 0x00 + 0x41]), Buffer.from('line\nbreak'), Buffer.from('tab\there "quoted" \\ back'), Buffer.from('ünïcödé/ß')];
  const entries = [
    ...TYPES.map((type, i) =>
      entry(`dir/${type}`, {
        type,
        size: BigInt(i) * 1_000_000_007n,
        uid: i === 0 ? -1 : 1000 + i,
        mtimeNs: 1_763_797_579_000_000_001n + BigInt(i),
        ctimeNs: -5_000_000_123n, // before 1970
        inode: 0xffff_ffff_ffff_fff0n + BigInt(i % 10), // beyond a signed 64-bit integer
        dev: 0x8000_0000_0000_0001n,
        cartridge: 3,
        tapeFile: 12,
        block: 1000 + i,
        blockOffset: 17 * i,
        streamOffset: 0x1_0000_0000n + BigInt(i),
        ...(i % 2 === 0 ? { unstable: true } : {}),
      }),
    ),
    ...odd.map((name, i) => entry(name, { block: 5, blockOffset: i, streamOffset: BigInt(i) })),
  ];
  fl.addEntries(runId, entries);
  fl.addDeletions(runId, [Buffer.from('gone'), Buffer.from([0x80, 0x0a, 0x81])]);
  fl.finishRun(runId, { state: 'complete', endNs: 1_763_797_580_999_999_999n, first: { cartridge: 3, tapeFile: 11 }, last: { cartridge: 4, tapeFile: 1 }, minInfo: '@@@===--->>> AFB2 x' });
  return runId;
}

describe('filelist run copy (JSON lines)', () => {
  it('round trips a run with every entry type, odd names, deletions, 64-bit inodes and ns times', async () => {
    const a = tempFilelist();
    const b = tempFilelist();
    try {
      const runId = sourceRun(a.filelist);
      const text = [...exportRunJsonl(a.filelist, runId)].join('');
      assert.equal(text.split('\n').length - 1, 1 + TYPES.length + 4 + 2 + 1, 'header, entries, deletions, end: one line each');
      assert.ok(!text.includes('line\nbreak'), 'a newline in a name does not break a line');
      const got = await importRunJsonl(b.filelist, text.split('\n'), { source: 'copy' });
      assert.deepEqual([got.entries, got.deletions], [TYPES.length + 4, 2]);
      assert.deepEqual(rowsOf(b.filelist, got.runId), rowsOf(a.filelist, runId));
      const { id: _a, ...want } = a.filelist.run(runId)!;
      const { id: _b, ...have } = b.filelist.run(got.runId)!;
      assert.deepEqual(have, want);
      const [inode] = b.filelist.findVersions({ patterns: ['dir/directory'], exact: true });
      assert.equal(inode?.inode, 0xffff_ffff_ffff_fff1n);
      assert.equal(inode?.type, 'directory');
      // Exporting the imported run gives the same lines.
      assert.equal([...exportRunJsonl(b.filelist, got.runId)].join(''), text);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('writes each entry line in the canonical JSON form, fields in the documented order', () => {
    const a = tempFilelist();
    try {
      const lines = [...exportRunJsonl(a.filelist, sourceRun(a.filelist))].filter((l) => l.startsWith('{"entry"'));
      assert.equal(lines.length, TYPES.length + 4);
      const order = ['name', 'type', 'size', 'uid', 'mtimeNs', 'ctimeNs', 'inode', 'dev', 'unstable', 'cartridge', 'tapeFile', 'block', 'blockOffset', 'streamOffset'];
      for (const l of lines) {
        const parsed = JSON.parse(l) as { entry: Record<string, unknown> };
        assert.deepEqual(Object.keys(parsed.entry), order);
        assert.equal(l, JSON.stringify(parsed) + '\n');
      }
      const first = JSON.parse(lines[0]!) as { entry: Record<string, unknown> };
      assert.deepEqual(first.entry, {
        name: Buffer.from('dir/file').toString('base64'),
        type: 'file',
        size: '0',
        uid: -1,
        mtimeNs: '1763797579000000001',
        ctimeNs: '-5000000123',
        inode: String(0xffff_ffff_ffff_fff0n),
        dev: String(0x8000_0000_0000_0001n),
        unstable: true,
        cartridge: 3,
        tapeFile: 12,
        block: 1000,
        blockOffset: 0,
        streamOffset: String(0x1_0000_0000n),
      });
    } finally {
      a.cleanup();
    }
  });

  it('reads a run without entries (nothing changed), and ignores fields and lines of a newer minor', async () => {
    const a = tempFilelist();
    const b = tempFilelist();
    try {
      const runId = a.filelist.beginRun({ fullNumber: 1, level: FULL_LEVEL, startNs: 5n, serverHost: 'h', serverPort: 1, clientId: 'c' });
      a.filelist.finishRun(runId, { state: 'failed', endNs: 6n });
      const lines = [...exportRunJsonl(a.filelist, runId)].map((l) => l.trimEnd());
      const header = JSON.parse(lines[0]!) as { version: string; later?: number };
      header.version = '1.9';
      header.later = 1;
      const got = await importRunJsonl(b.filelist, [JSON.stringify(header), '{"annotation":"new kind"}', ...lines.slice(1)], { source: 'copy' });
      assert.equal(got.entries, 0);
      assert.equal(b.filelist.run(got.runId)?.state, 'failed');
      assert.equal(b.filelist.run(got.runId)?.first, undefined);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('refuses a newer major version, a cut copy and a bad field clearly, leaving no run behind', async () => {
    const a = tempFilelist();
    const b = tempFilelist();
    try {
      const lines = [...exportRunJsonl(a.filelist, sourceRun(a.filelist))].map((l) => l.trimEnd());
      const newer = lines[0]!.replace('"version":"1.0"', '"version":"2.0"');
      await assert.rejects(importRunJsonl(b.filelist, [newer, ...lines.slice(1)], { source: 'copy' }), /^Error: copy:1: the run copy has format version 2\.0, newer than this program reads \(1\.0\)/);
      await assert.rejects(importRunJsonl(b.filelist, lines.slice(0, -3), { source: 'copy' }), /copy:\d+: the copy ends without its end line \(cut short\)/);
      await assert.rejects(importRunJsonl(b.filelist, [lines[0]!, ...lines.slice(2)], { source: 'copy' }), /announces 13 entries and 2 deletions but holds 12 and 2/);
      const badType = lines[1]!.replace(/"type":"\w+"/, '"type":"door"');
      await assert.rejects(importRunJsonl(b.filelist, [lines[0]!, badType, ...lines.slice(2)], { source: 'copy' }), /^Error: copy:2: field 'type' is "door", expected one of file, directory/);
      const badInode = lines[1]!.replace(/"inode":"\d+"/, '"inode":"18446744073709551616"');
      await assert.rejects(importRunJsonl(b.filelist, [lines[0]!, badInode], { source: 'copy' }), /field 'inode' is "18446744073709551616", expected a unsigned 64-bit integer/);
      await assert.rejects(importRunJsonl(b.filelist, ['## Full backup at ...'], { source: 'copy' }), /^Error: copy:1: not a JSON line of a filelist run copy/);
      await assert.rejects(importRunJsonl(b.filelist, ['{"format":"other","version":"1.0"}'], { source: 'copy' }), new RegExp(`names no format '${RUN_COPY_FORMAT}'`));
      assert.deepEqual(b.filelist.runs(), []);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
});
