// afrestore -e: recovery when the client's filelist is gone. The minimum restore information
// (stdin) names the server, where the newest complete full backup starts and where the last
// run's filelist copy is. The cartridges between the two are asked for their backup headers
// (one block per tape file); every filelist copy of this client for that full backup number
// (-e -e: one more number back) up to the given run is read and imported into a new filelist,
// from its lossless JSON-lines entry when it has one (see the filelist README), else its text form.
// With -f that is all; otherwise everything of the last state is then restored from it.
// The file data is never read to rebuild the filelist.
import { Filelist } from '../afclient/backup/filelist/filelist.js';
import { importRunJsonl, RUN_COPY_SUFFIX } from '../afclient/backup/filelist/run-copy.js';
import { importText } from '../afclient/backup/filelist/text-form.js';
import { parseMinInfo, parseMinInfoLine, type MinInfo } from '../afclient/backup/min-restore-info.js';
import { readSession } from '../afclient/remote/read-session.js';
import { ArchiveReader } from '../protocol/archive/index.js';
import type { ProtocolClient } from '../protocol/wire/index.js';

/** A filelist copy on tape, as its tape file header announces it. */
export interface FilelistCopy {
  cartridge: number;
  tapeFile: number;
  info: MinInfo;
}

/** Bounds what is read from standard input (a mailbox holding the line is fine). */
export const MAX_INFO_INPUT = 64 << 20;

export function minInfoFrom(text: string, clientId: string): MinInfo {
  const info = parseMinInfo(text, clientId);
  if (info.version !== 2) {
    throw new Error(`the minimum restore information is afbackup 3.x's (${info.server} ${info.port} ${info.cartridge}.${info.tapeFile}); its start-positions file is not read by this afrestore: import the old backup_log files with the filelist import instead`);
  }
  if (info.filelist.cartridge === 0) throw new Error('the minimum restore information names no filelist copy (the run that printed it could not write one); use an older line');
  return info;
}

/**
 * The filelist copies of this client on `cartridges`, oldest first, from the backup headers
 * the server reads (block 0 of each tape file; the server lists only this client's).
 */
export async function filelistCopiesOn(client: ProtocolClient, cartridges: Iterable<number>): Promise<FilelistCopy[]> {
  const copies: FilelistCopy[] = [];
  for (const cartridge of cartridges) {
    const headers = (await client.request({ listBackupHeaders: { cartridge } })).headers?.headers ?? [];
    for (const h of headers) {
      const copy = copyOf(h.text ?? '', cartridge, h.position?.tapeFile ?? 0);
      if (copy) copies.push(copy);
    }
  }
  return copies.sort((a, b) => a.info.timeSec - b.info.timeSec || a.cartridge - b.cartridge || a.tapeFile - b.tapeFile);
}

function* range(from: number, to: number): Generator<number> {
  for (let c = from; c <= to; c++) yield c;
}

/** The copies of the runs from the full backup the information names (-e -e: more back) up to its run. */
export async function findFilelistCopies(client: ProtocolClient, last: MinInfo, fullsBack: number): Promise<FilelistCopy[]> {
  const from = Math.min(last.lastFull.cartridge || last.filelist.cartridge, last.filelist.cartridge);
  const to = Math.max(last.lastFull.cartridge, last.filelist.cartridge);
  return (await filelistCopiesOn(client, range(from, to))).filter(
    ({ info }) => info.clientId === last.clientId && info.timeSec <= last.timeSec && info.fullNumber <= last.fullNumber && info.fullNumber >= last.fullNumber - fullsBack,
  );
}

function copyOf(text: string, cartridge: number, tapeFile: number): FilelistCopy | undefined {
  let header: { kind?: unknown; metadata?: Record<string, unknown> };
  try {
    header = JSON.parse(text) as typeof header;
  } catch {
    return undefined; // a header this afrestore cannot read is not a filelist copy it could use
  }
  const line = header.metadata?.minInfo;
  if (header.kind !== 'filelist' || typeof line !== 'string') return undefined;
  let info;
  try {
    info = parseMinInfoLine(line);
  } catch {
    return undefined;
  }
  return info.version === 2 ? { cartridge, tapeFile, info } : undefined;
}

async function* lines(segments: AsyncIterable<{ data: Buffer }>): AsyncGenerator<string> {
  let rest = '';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const seg of segments) {
    const text = rest + decoder.decode(seg.data, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Reads one copy and adds its runs to `fl`: from the machine form (every field, block
 * positions) when the copy has one, else from afbackup's text form that copies of older
 * releases hold alone (entries then know only their cartridge and tape file).
 */
export async function importCopy(client: ProtocolClient, cartridgeSet: number, copy: FilelistCopy, fl: Filelist): Promise<{ runs: number; entries: number }> {
  const source = `filelist copy at cartridge ${copy.cartridge} tape file ${copy.tapeFile}`;
  return readSession(client, { cartridgeSet, cartridge: copy.cartridge, tapeFile: copy.tapeFile }, async (input) => {
    const reader = new ArchiveReader(input, { skipLeadingGarbage: true, workers: 0 });
    let text: string | undefined;
    for await (const e of reader.entries()) {
      if (e.meta.name.toString().endsWith(RUN_COPY_SUFFIX)) {
        const n = await importRunJsonl(fl, lines(e.content()), { source: `${source} (${e.meta.name.toString()})` });
        return { runs: 1, entries: n.entries };
      }
      if (text !== undefined) continue; // entries after the text form that this release does not know
      const parts: Buffer[] = [];
      for await (const seg of e.content()) parts.push(seg.data);
      text = Buffer.concat(parts).toString('utf8');
    }
    if (text === undefined) {
      throw new Error(`cartridge ${copy.cartridge} tape file ${copy.tapeFile} holds no filelist copy entry${reader.damage.length ? ` (damaged: ${reader.damage.map((d) => d.reason).join('; ')})` : ''}`);
    }
    return importText(fl, text.split('\n'), { source, clientId: copy.info.clientId });
  });
}
