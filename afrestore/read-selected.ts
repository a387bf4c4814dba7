// Reads one ReadGroup from its server: block-precise from the first wanted record, bounded to
// the end of the last one, handing only the wanted entries (matched by stream offset and name)
// to the consumer (the unpacker, the comparison or the media check) and stopping after the
// last. What was wanted but never came (a record lost to damage) is returned as missing.
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import { readSession } from '../afclient/remote/read-session.js';
import type { UnpackEntry } from '../afclient/unpack/restore-entry.js';
import { ArchiveReader, type DamageReport } from '../protocol/archive/index.js';
import type { ProtocolClient } from '../protocol/wire/index.js';
import { wantedKey, type ReadGroup } from './read-plan.js';

export interface SelectedRead<T> {
  result: T;
  /** Wanted records that were not found where the filelist says they start, in stream order. */
  missing: FileVersion[];
  /** Damage the reader met on the way (explains missing records). */
  damage: DamageReport[];
}

export interface ReadSelectedOptions {
  cartridgeSet: number;
  /** Decoding threads (0: on this thread). */
  workers?: number;
  /**
   * Acting for a user: an archive entry of another owner is never handed over, whatever the
   * filelist says, nor a command entry (its restore command would run with root's rights).
   */
  owner?: number;
}

export async function readSelected<T>(client: ProtocolClient, group: ReadGroup, o: ReadSelectedOptions, use: (entries: AsyncIterable<UnpackEntry>) => Promise<T>): Promise<SelectedRead<T>> {
  const { first } = group;
  const start = {
    cartridgeSet: o.cartridgeSet,
    cartridge: first.cartridge,
    tapeFile: first.tapeFile,
    block: first.block,
    offsetInBlock: first.blockOffset,
    ...(group.end !== undefined ? { maxBytes: Number(group.end - first.streamOffset) } : {}),
  };
  const seen = new Set<string>();
  return readSession(client, start, async (input) => {
    // The read starts on the first record's sync marker; skipping leading bytes only matters
    // when a filelist position is off, and then the offsets below find nothing wanted.
    const reader = new ArchiveReader(input, { skipLeadingGarbage: true, startOffset: group.byName ? 0n : first.streamOffset, ...(o.workers !== undefined ? { workers: o.workers } : {}) });
    const result = await use(wantedEntries(reader, group, seen, o.owner));
    const missing = [...group.wanted].filter(([key]) => !seen.has(key)).map(([, v]) => v);
    return { result, missing, damage: reader.damage };
  });
}

async function* wantedEntries(reader: ArchiveReader, group: ReadGroup, seen: Set<string>, owner: number | undefined): AsyncGenerator<UnpackEntry> {
  for await (const e of reader.entries()) {
    if (!group.byName && e.streamOffset > group.lastOffset) return;
    const key = wantedKey(group.byName, e.meta.name, e.streamOffset);
    const v = group.wanted.get(key);
    if (!v || seen.has(key) || !v.name.equals(e.meta.name) || (owner !== undefined && (e.meta.uid !== owner || e.meta.type === 'command'))) {
      await e.skip();
      continue;
    }
    seen.add(key);
    yield { meta: e.meta, content: () => e.content(), skip: () => e.skip() };
    if (group.byName ? seen.size === group.wanted.size : e.streamOffset === group.lastOffset) return;
  }
}
