// The copy files a run writes while its entries are recorded (RunCopyFiles, their entry lines
// made by native/copy-lines.c from the entry log) hold exactly what the exports of the stored
// run give (exportText, exportRunJsonl): the copy on tape is the same whichever way it is made.
// Odd names (control bytes, backslashes, UTF-8 and bytes that only look like it), the largest
// uid, times before 1970 (rounded down) and at both ends of 64 bits, inode and device numbers
// beyond a signed 64-bit integer, unstable entries, positions in several tape files and
// cartridges, deletions, an empty run; the native writer's failures.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { EntryType } from '../../protocol/archive/entry.js';
import { loadAddon } from '../../native/load.js';
import { EntryLog } from '../../afclient/backup/run/entry-log.js';
import { StreamMap, type TapeFileExtent } from '../../afclient/remote/positions.js';
import { exportRunJsonl } from '../../afclient/backup/filelist/run-copy.js';
import { RunCopyFiles } from '../../afclient/backup/filelist/run-copy-files.js';
import { exportText } from '../../afclient/backup/filelist/text-form.js';
import type { Filelist } from '../../afclient/backup/filelist/filelist.js';
import type { FileState, RunInfo, RunResult } from '../../afclient/backup/filelist/types.js';
import { tempFilelist } from './fixtures.js';

const TYPES: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

// The session's tape files: a short first one (the header fills most of block 0), an empty one
// left by a new tape file request at the offset the next one starts (the later one holds the
// bytes), and the rest on the next cartridge.
const EXTENTS: TapeFileExtent[] = [
  { cartridge: 3, tapeFile: 12, streamOffset: 0, bytes: 1000, payloadPerBlock: 100, headerBytes: 70 },
  { cartridge: 3, tapeFile: 13, streamOffset: 1000, bytes: 0, payloadPerBlock: 100, headerBytes: 40 },
  { cartridge: 3, tapeFile: 14, streamOffset: 1000, bytes: 5000, payloadPerBlock: 256, headerBytes: 0 },
  { cartridge: 16_777_215, tapeFile: 2_147_483_647, streamOffset: 6000, bytes: 2 ** 52, payloadPerBlock: 262_112, headerBytes: 303 },
];

const ODD_NAMES = [
  Buffer.from([0x66, 0xff, 0xfe, 0x41]),
  Buffer.from('line\nbreak'),
  Buffer.from('tab\there "quoted" \\ back\r\x7f\x01'),
  Buffer.from('ünïcödé/ß/日本/😀'),
  Buffer.from('plain/name with spaces'),
  // not UTF-8 as Node reads it: overlong forms, a surrogate, past U+10FFFF, cut short
  Buffer.from([0x61, 0xc0, 0x80]),
  Buffer.from([0xe0, 0x80, 0x80]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf4, 0x90, 0x80, 0x80]),
  Buffer.from([0x62, 0xe2, 0x82]),
  Buffer.from('x'.repeat(5000) + '\\'),
];

interface Logged {
  name: Buffer;
  uid: number;
  state: FileState;
  unstable: boolean;
  streamOffset: bigint;
}

function logged(n: number): Logged[] {
  const out: Logged[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      name: i < ODD_NAMES.length ? ODD_NAMES[i]! : Buffer.from(`dir${i % 7}/file-${i}`),
      uid: i % 5 === 0 ? 4_294_967_295 : i % 5 === 1 ? 0 : 1000 + i,
      state: {
        type: TYPES[i % TYPES.length]!,
        size: i === 1 ? 2n ** 62n : BigInt(i) * 1_000_000_007n,
        // around 1970 and now, whole seconds and not, both signs, the extremes
        mtimeNs: i === 2 ? -(2n ** 63n) : i === 3 ? 2n ** 63n - 1n : i % 3 === 0 ? -1_500_000_000n * BigInt(i) : i % 3 === 1 ? -2_000_000_000n : 1_763_797_579_000_000_001n + BigInt(i),
        ctimeNs: -5_000_000_123n + BigInt(i),
        inode: 0xffff_ffff_ffff_fff0n + BigInt(i % 10),
        dev: i % 2 === 0 ? 0x8000_0000_0000_0001n : 2049n,
      },
      unstable: i % 4 === 0,
      // every extent, block 0 and later blocks, the first and last byte of a block
      streamOffset: BigInt(i < 40 ? i * 29 : i < 80 ? 1000 + (i - 40) * 127 : 6000 + (i - 80) * 131_071),
    });
  }
  return out;
}

function logOf(dir: string, entries: readonly Logged[]): EntryLog {
  const log = new EntryLog(dir);
  for (const e of entries) log.add(e.name, e.uid, e.state, e.unstable, e.streamOffset);
  return log;
}

/** A run begun in the filelist, where the test needs only one of no particular kind. */
const beginRun = (fl: Filelist): number => fl.beginRun({ fullNumber: 1, startNs: 1n, level: 0, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1' });

/** The copy files of `run` in `dir`: copy and copy.jsonl. */
const copyFilesIn = (dir: string, run: RunInfo): RunCopyFiles => new RunCopyFiles(path.join(dir, 'copy'), path.join(dir, 'copy.jsonl'), run);

/** Records the log's entries as run-backup does: the copy's lines made from the log while the filelist records them (in batches of 7). */
async function record(fl: Filelist, runId: number, copy: RunCopyFiles, log: EntryLog, map: StreamMap, deletions: Buffer[]): Promise<void> {
  try {
    const copying = copy.addFromLog(log.file(), map);
    fl.addRunContents(runId, log.located(map, 7), deletions);
    await copying;
    copy.finish(deletions);
  } finally {
    copy.close();
  }
}

/** Records a run as run-backup does, then compares the copy files with the exports. */
async function recordAndCompare(fl: Filelist, dir: string, entries: readonly Logged[], deletions: Buffer[]): Promise<void> {
  const runId = fl.beginRun({ fullNumber: 7, part: 2, parts: 3, level: 4, differential: true, startNs: 1_763_797_579_123_456_789n, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1', dirsToBackup: ['home', 'etc'] });
  const result: RunResult = { state: 'complete', endNs: 1_763_797_580_999_999_999n, first: { cartridge: 3, tapeFile: 11 }, last: { cartridge: 4, tapeFile: 1 }, minInfo: '@@@===--->>> AFB2 x' };
  const text = path.join(dir, `copy.${runId}`);
  const jsonl = `${text}.jsonl`;
  const log = logOf(dir, entries);
  const map = new StreamMap(EXTENTS);
  // The run as it will be finished: the files begin with it.
  const copy = new RunCopyFiles(text, jsonl, { ...fl.run(runId)!, ...result });
  try {
    await record(fl, runId, copy, log, map, deletions);
  } finally {
    log.dispose();
  }
  fl.finishRun(runId, result);
  assert.equal(copy.failure, undefined);
  assert.deepEqual(fs.readdirSync(dir).sort(), [path.basename(text), path.basename(jsonl), 'var'].sort(), 'the two files and the filelist, nothing beside them');
  assert.equal(fs.readFileSync(text, 'utf8'), [...exportText(fl, [fl.run(runId)!])].join(''));
  assert.equal(fs.readFileSync(jsonl, 'utf8'), [...exportRunJsonl(fl, runId)].join(''));
}

describe('filelist copy files written while a run is recorded', () => {
  it('are the exports of the stored run, byte for byte', async () => {
    const t = tempFilelist();
    try {
      await recordAndCompare(t.filelist, t.dir, logged(100), [Buffer.from('gone'), Buffer.from([0x80, 0x0a, 0x81]), Buffer.from('back\\slash')]);
    } finally {
      t.cleanup();
    }
  });

  it('keep a failure to write them (a full disk) without undoing the recording', async () => {
    const t = tempFilelist();
    const log = logOf(t.dir, logged(2000));
    try {
      const fl = t.filelist;
      const map = new StreamMap(EXTENTS);
      const runId = beginRun(fl);
      // The text copy's file is the full device: its header and body fail to go there.
      fs.symlinkSync('/dev/full', path.join(t.dir, 'copy'));
      const copy = copyFilesIn(t.dir, fl.run(runId)!);
      await record(fl, runId, copy, log, map, [Buffer.from('gone')]);
      assert.match(String(copy.failure?.message), /ENOSPC/);
      assert.deepEqual(fs.readdirSync(t.dir).filter((f) => !f.startsWith('afbackup-run-')).sort(), ['var'], 'no partial copy left (the link to /dev/full removed with it)');
      fl.finishRun(runId, { state: 'complete', endNs: 2n });
      assert.equal(fl.run(runId)!.entryCount, 2000);

      const missing = new RunCopyFiles(path.join(t.dir, 'no/such/dir/copy'), path.join(t.dir, 'no/such/dir/copy.jsonl'), fl.run(runId)!);
      await missing.addFromLog(log.file(), map);
      missing.finish([]);
      missing.close();
      assert.match(String(missing.failure?.message), /ENOENT/);
    } finally {
      log.dispose();
      t.cleanup();
    }
  });

  it('are removed when the recording fails before they are finished', async () => {
    const t = tempFilelist();
    const log = logOf(t.dir, logged(3000));
    try {
      const fl = t.filelist;
      const copy = copyFilesIn(t.dir, fl.run(beginRun(fl))!);
      await copy.addFromLog(log.file(), new StreamMap(EXTENTS));
      assert.ok(fs.statSync(path.join(t.dir, 'copy.jsonl')).size > 3000 * 100, 'written as the entries come');
      copy.close();
      assert.equal(copy.failure, undefined);
      assert.deepEqual(fs.readdirSync(t.dir).filter((f) => !f.startsWith('afbackup-run-')).sort(), ['var']);
    } finally {
      log.dispose();
      t.cleanup();
    }
  });

  it('fail, and are removed, when an entry lies outside the session or the log is cut short', async () => {
    const t = tempFilelist();
    try {
      const fl = t.filelist;
      const run = fl.run(beginRun(fl))!;
      const outside = logOf(t.dir, logged(3));
      const copy = copyFilesIn(t.dir, run);
      await copy.addFromLog(outside.file(), new StreamMap([{ ...EXTENTS[0]!, bytes: 30 }]));
      outside.dispose();
      assert.match(String(copy.failure?.message), /no tape file for stream offset 58; the backup is on tape/);
      assert.equal(fs.existsSync(path.join(t.dir, 'copy')), false);

      const cut = logOf(t.dir, logged(3));
      const file = cut.file();
      fs.truncateSync(file, fs.statSync(file).size - 1);
      const copy2 = copyFilesIn(t.dir, run);
      await copy2.addFromLog(file, new StreamMap(EXTENTS));
      cut.dispose();
      assert.match(String(copy2.failure?.message), /ends inside a record: it was cut short/);
      assert.deepEqual(fs.readdirSync(t.dir).sort(), ['var']);
    } finally {
      t.cleanup();
    }
  });

  it('native writer: refuses bad arguments and reports a failed write with its errno', async () => {
    const addon = loadAddon<{ writeEntries(...a: unknown[]): Promise<number> }>('copylines');
    const t = tempFilelist();
    const log = logOf(t.dir, logged(5));
    const full = fs.openSync('/dev/full', 'w');
    const sink = fs.openSync(path.join(t.dir, 'sink'), 'w');
    try {
      assert.throws(() => addon.writeEntries(log.file(), sink, sink, 'u!'), TypeError);
      assert.throws(() => addon.writeEntries(log.file(), sink, sink, 'u!', [{ ...EXTENTS[0]!, payloadPerBlock: 0 }]), /payloadPerBlock > 0/);
      assert.throws(() => addon.writeEntries(log.file(), sink, sink, 'u!', [EXTENTS[2], EXTENTS[0]]), /in stream order/);
      assert.throws(() => addon.writeEntries(log.file(), sink, sink, 'u!', [{ ...EXTENTS[0]!, bytes: -1 }]), /whole numbers/);
      assert.throws(() => addon.writeEntries(log.file(), sink, sink, 'u!', [{ ...EXTENTS[0]!, streamOffset: 2 ** 64 }]), /whole numbers/);
      assert.throws(() => addon.writeEntries(log.file(), sink + 0.5, sink, 'u!', EXTENTS), /open file descriptors/);
      assert.throws(() => addon.writeEntries(log.file(), sink, -1, 'u!', EXTENTS), /open file descriptors/);
      // A damaged length field: a record said to be longer than the whole log.
      const damaged = path.join(t.dir, 'damaged');
      fs.writeFileSync(damaged, Buffer.from([0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0]));
      await assert.rejects(addon.writeEntries(damaged, sink, sink, 'u!', EXTENTS), /longer than the log: it is damaged/);
      await assert.rejects(addon.writeEntries(log.file(), full, sink, 'u!', EXTENTS), /ENOSPC/);
      await assert.rejects(addon.writeEntries(path.join(t.dir, 'none'), sink, sink, 'u!', EXTENTS), /cannot read the entry log .*none/);
      assert.equal(await addon.writeEntries(log.file(), sink, sink, 'u!', EXTENTS), 5);
    } finally {
      fs.closeSync(full);
      fs.closeSync(sink);
      log.dispose();
      t.cleanup();
    }
  });

  it('are the exports of a run without entries or deletions', async () => {
    const t = tempFilelist();
    try {
      await recordAndCompare(t.filelist, t.dir, [], []);
    } finally {
      t.cleanup();
    }
  });
});
