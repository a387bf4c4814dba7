// The two sessions of a run on the server: the run's stream (kind 'archive'), and afterwards
// the run's filelist copy (kind 'filelist'), whose tape file header carries the final minimum
// restore information, so a scan of block 0 of each tape file finds it (ListBackupHeaders).
import fs from 'node:fs';
import { ArchiveWriter, type DataSegment, type EntryMeta } from '../../../protocol/archive/index.js';
import type { ProtocolClient } from '../../../protocol/wire/index.js';
import { writeSession, type ArchiveProducer, type WriteSessionResult } from '../../remote/write-session.js';

export type SessionKind = 'archive' | 'filelist';

/** afbackupRun: who wrote the run (header metadata of its tape files). */
export function runLabel(clientId: string, fullNumber: number, part: number, parts: number, level: number): string {
  return `${clientId} ${fullNumber}.${part}/${parts} level ${level}`;
}

/** `newCartridge` (-G): the session starts on a new cartridge instead of after the last tape file written. */
export function writeTapeSession(client: ProtocolClient, cartridgeSet: number, kind: SessionKind, metadata: Record<string, string>, produce: ArchiveProducer, o: { newCartridge?: boolean } = {}): Promise<WriteSessionResult> {
  return writeSession(client, { cartridgeSet, kind, metadata, ...(o.newCartridge ? { newCartridge: true } : {}) }, produce);
}

/** Where the next session of the cartridge set starts (block 0 of a new tape file). */
export async function nextSessionStart(client: ProtocolClient, cartridgeSet: number): Promise<{ cartridge: number; tapeFile: number }> {
  const p = (await client.request({ queryWritePosition: { cartridgeSet } })).position;
  return { cartridge: p?.cartridge ?? 0, tapeFile: p?.tapeFile ?? 0 };
}

async function* fileContent(file: string): AsyncGenerator<DataSegment> {
  let offset = 0n;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const data = chunk as Buffer;
    yield { offset, data };
    offset += BigInt(data.length);
  }
}

/** A file of the filelist copy and the name of its archive entry. */
export interface CopyFile {
  file: string;
  name: string;
}

/**
 * The filelist copy: one archive entry per file, in order, zstd-compressed unless `compress` is
 * false (-L: readable without a decompressor). The text form comes first: afrestore releases
 * that read only the first entry still find what they understand.
 */
export function filelistCopyProducer(files: readonly CopyFile[], compress = true): ArchiveProducer {
  return async (sink) => {
    // zstd level 1: a run's copy of 20 000 entries (some 8 MB of text) costs some 10 ms of every
    // run's end where the default level 3 took 15 and level 9 130, and these lines come out no
    // larger than at 3.
    const writer = new ArchiveWriter(sink, { codec: compress ? { kind: 'zstd', level: 1 } : { kind: 'none' } });
    for (const { file, name } of files) {
      const st = fs.statSync(file, { bigint: true });
      const now = BigInt(Date.now()) * 1_000_000n;
      const meta: EntryMeta = {
        name: Buffer.from(name),
        type: 'file',
        mode: 0o600,
        uid: process.getuid?.() ?? 0,
        gid: process.getgid?.() ?? 0,
        user: '',
        group: '',
        mtimeNs: st.mtimeNs,
        ctimeNs: now,
        atimeNs: now,
        size: st.size,
      };
      await writer.writeEntry(meta, fileContent(file));
    }
    await writer.finish();
  };
}
