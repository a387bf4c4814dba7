// Small files read by the codec thread that compresses them (ItemQueue, ArchiveWriter.writeFile,
// afclient/codec/file-reads.ts): the same archive, outcomes and reports as when the packer's
// thread reads them (writePackItem), with files that change, vanish or are replaced between the
// walk and the reading, compressed and not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lstatEntry } from '../../afclient/pack/entry-stat.js';
import { prepare, type PackItem } from '../../afclient/pack/packer.js';
import { ItemQueue, writePackItem, type WriteOutcome } from '../../afclient/pack/write-item.js';
import { CollectingReporter } from '../../afclient/report.js';
import { ArchiveWriter, type CodecSpec } from '../../protocol/archive/index.js';
import { readStream } from '../archive/helpers.js';
import { tempDir } from './helpers.js';

interface Run {
  stream: Buffer;
  outcomes: WriteOutcome[];
  /** Per entry announced: name, stored bytes, checksum. */
  written: string[];
  entries: number;
  problems: string[];
  notes: string[];
}

async function pack(dir: string, names: string[], mode: 'packer' | 'codec', codec: CodecSpec, change: () => void): Promise<Run> {
  const report = new CollectingReporter();
  const items = names.map((n) => {
    const p = path.join(dir, n);
    const it = prepare({ name: Buffer.from(n), path: Buffer.from(p), st: lstatEntry(Buffer.from(p)) }, new Map(), { selection: {}, noCompress: () => false, keepAtime: true, report });
    return it as PackItem;
  });
  change();
  const parts: Buffer[] = [];
  const written: string[] = [];
  const writer = new ArchiveWriter(async (b) => void parts.push(Buffer.from(b)), {
    codec,
    onWritten: (w) => written.push(`${w.meta.name} ${w.storedBytes} ${w.checksum.toString('hex')}`),
  });
  const outcomes: WriteOutcome[] = [];
  // One settle function for every item: it learns which one from the entry's metadata.
  const queue = new ItemQueue(writer, report, (o, meta) => (outcomes[items.findIndex((it) => it.meta === meta)] = o));
  for (const [i, it] of items.entries()) {
    if (mode === 'packer') outcomes[i] = await writePackItem(writer, it);
    else await queue.put(it);
  }
  const done = await writer.finish();
  return { stream: Buffer.concat(parts), outcomes, written, entries: done.entries, problems: report.problemList, notes: report.noteList };
}

test('files read by the codec thread: the archive, outcomes and reports of files read by the packer', async () => {
  for (const codec of [{ kind: 'zstd', level: 1 }, { kind: 'none' }] as CodecSpec[]) {
    const runs: Run[] = [];
    for (const mode of ['packer', 'codec'] as const) {
      const { dir, cleanup } = tempDir();
      try {
        const names = ['text', 'empty', 'shrinks', 'grows', 'vanishes', 'replaced', 'modified', 'dir-now', 'last'];
        for (const n of names) fs.writeFileSync(path.join(dir, n), n === 'empty' ? '' : `${n} line\n`.repeat(300));
        const p = (n: string): string => path.join(dir, n);
        runs.push(
          await pack(dir, names, mode, codec, () => {
            // Between the walk and the reading.
            fs.truncateSync(p('shrinks'), 100);
            fs.appendFileSync(p('grows'), 'more\n');
            fs.unlinkSync(p('vanishes'));
            // written beside and renamed over, so the old inode is still taken when the new one is made
            fs.writeFileSync(p('replaced.new'), 'another file\n');
            fs.renameSync(p('replaced.new'), p('replaced'));
            fs.writeFileSync(p('modified'), 'MODIFIED line\n'.repeat(300));
            fs.utimesSync(p('modified'), new Date(0), new Date(1000));
            fs.unlinkSync(p('dir-now'));
            fs.mkdirSync(p('dir-now'));
          }),
        );
      } finally {
        cleanup();
      }
    }
    const [byPacker, byCodec] = runs as [Run, Run];
    const what = codec.kind;
    assert.deepEqual(byCodec.outcomes, byPacker.outcomes, what);
    assert.deepEqual(byCodec.problems, byPacker.problems, what);
    assert.deepEqual(byCodec.notes, byPacker.notes, what);
    assert.deepEqual(byCodec.written, byPacker.written, what);
    assert.equal(byCodec.entries, byPacker.entries, what);
    // (The streams differ only in the times and inode numbers of the two runs' files.)
    assert.equal(byCodec.stream.length, byPacker.stream.length, what);
    // And what they are: the files not stored are missing, the others hold what was read.
    assert.deepEqual(
      byCodec.written.map((w) => w.split(' ')[0]),
      ['text', 'empty', 'shrinks', 'grows', 'modified', 'last'],
      what,
    );
    assert.deepEqual(
      byCodec.outcomes.map((o) => o.stored),
      [true, true, true, true, false, false, true, false, true],
      what,
    );
    assert.equal(byCodec.problems.length, 6, `${what}: ${byCodec.problems.join('; ')}`);
    const { entries, damage } = await readStream(byCodec.stream);
    assert.deepEqual(damage, [], what);
    const back = await readStream(byPacker.stream);
    assert.deepEqual(
      entries.map((e) => [e.meta.name, e.meta.size, e.segments]),
      back.entries.map((e) => [e.meta.name, e.meta.size, e.segments]),
      what,
    );
    const content = new Map(entries.map((e) => [e.meta.name.toString(), Buffer.concat(e.segments.map((s) => s.data)).toString()]));
    assert.equal(content.get('text'), 'text line\n'.repeat(300));
    assert.equal(content.get('empty'), '');
    assert.equal(content.get('shrinks'), 'shrinks line\n'.repeat(300).slice(0, 100));
    assert.equal(content.get('grows'), 'grows line\n'.repeat(300));
    assert.equal(content.get('last'), 'last line\n'.repeat(300));
  }
});
