// Turns a selection into reads: in tape order, the entries of one run (one session) that lie
// close together become one read that starts at the block of the first one's record and stops
// at the end of the last one's (the start of the next record the filelist knows of), so each
// cartridge is loaded once and read forward, and one file from the middle of a large backup
// costs little more than that file. Entries far apart in a run get separate reads.
// Entries imported from afbackup's text indexes (or rebuilt from them) know only their
// cartridge and tape file: they are read from the start of that tape file and found by name.
import { tapeOrder } from '../afclient/backup/filelist/selection.js';
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import { nameKey } from '../afclient/backup/filelist/rows.js';

/** A gap this large between two wanted records is skipped by a new positioning instead of reading it. */
export const MAX_GAP_BYTES = 8n << 20n;

export interface ReadGroup {
  host: string;
  port: number;
  runId: number;
  /** Where the first record starts; the read starts here. */
  first: FileVersion;
  /** Positions unknown below the tape file: records are matched by name, the read starts at block 0. */
  byName: boolean;
  /** The wanted records by wantedKey(), in stream order. */
  wanted: Map<string, FileVersion>;
  /** Stream offset of the last wanted record (byName: unknown, the read goes on until all are found). */
  lastOffset: bigint;
  /** Stream offset where the read may stop: the record after the last wanted one (undefined: the end of the run's stream). */
  end?: bigint;
}

/**
 * Block 0 of a tape file starts with its header, so a real record never starts at offset 0 of
 * block 0: that position is what an import from the text form (cartridge.tapefile only) leaves.
 */
export const positionKnown = (v: FileVersion): boolean => v.block !== 0 || v.blockOffset !== 0;

export function wantedKey(byName: boolean, name: Buffer, streamOffset: bigint): string {
  return byName ? nameKey(name) : String(streamOffset);
}

const keyOf = (byName: boolean, v: FileVersion): string => wantedKey(byName, v.name, v.streamOffset);

/** The same read for the wanted records of `group` from `rest` on (they are in stream order). */
export function regroup(group: ReadGroup, rest: readonly FileVersion[]): ReadGroup {
  return { ...group, first: rest[0]!, wanted: new Map(rest.map((v) => [keyOf(group.byName, v), v])) };
}

/** The stream offset of the record following `offset` in run `runId`, if the filelist knows one. */
export type NextRecord = (runId: number, offset: bigint) => bigint | undefined;

function joins(g: ReadGroup | undefined, v: FileVersion, byName: boolean, maxGap: bigint): g is ReadGroup {
  if (!g || g.host !== v.serverHost || g.port !== v.serverPort || g.runId !== v.runId || g.byName !== byName) return false;
  if (byName) return g.first.cartridge === v.cartridge && g.first.tapeFile === v.tapeFile;
  const prev = g.wanted.get(String(g.lastOffset))!;
  return v.streamOffset >= g.lastOffset && v.streamOffset - (prev.streamOffset + prev.size) <= maxGap;
}

export function planReads(selection: readonly FileVersion[], nextRecord: NextRecord, maxGap = MAX_GAP_BYTES): ReadGroup[] {
  const groups: ReadGroup[] = [];
  let g: ReadGroup | undefined;
  for (const v of tapeOrder(selection)) {
    const byName = !positionKnown(v);
    if (joins(g, v, byName, maxGap)) {
      g.wanted.set(keyOf(byName, v), v);
      if (!byName) g.lastOffset = v.streamOffset;
      continue;
    }
    g = { host: v.serverHost, port: v.serverPort, runId: v.runId, first: v, byName, wanted: new Map([[keyOf(byName, v), v]]), lastOffset: v.streamOffset };
    groups.push(g);
  }
  for (const group of groups) {
    const end = group.byName ? undefined : nextRecord(group.runId, group.lastOffset);
    if (end !== undefined) group.end = end;
  }
  return groups;
}
