// afrestore -e: recovery when the client's filelist is gone. The minimum restore information
// (stdin) names the server, where the newest complete full backup starts and where the last
// run's filelist copy is. The cartridges between the two are asked for their backup headers
// (one block per tape file); the filelist copies of this client from part 1 of that full
// backup (-e -e: one complete full backup further back, found on earlier cartridges) up to
// the given run are read and imported into a new filelist, from their lossless JSON-lines
// entry when they have one (see the filelist README), else their text form. The file data is
// never read to rebuild the filelist. rebuild.ts drives it.
import { Filelist } from '../afclient/backup/filelist/filelist.js';
import { importRunJsonl, RUN_COPY_SUFFIX } from '../afclient/backup/filelist/run-copy.js';
import { importText } from '../afclient/backup/filelist/text-form.js';
import { formatMinInfo, parseMinInfo, parseMinInfoLine, type MinInfo } from '../afclient/backup/min-restore-info.js';
import { readSession } from '../afclient/remote/read-session.js';
import { ArchiveReader } from '../protocol/archive/index.js';
import type { ProtocolClient } from '../protocol/wire/index.js';
import { byTime, neededCopies, type FilelistCopy } from './copies-needed.js';

export type { FilelistCopy };

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
 * The filelist copies of this client on the cartridges of one server, from the backup headers
 * the server reads (block 0 of each tape file; it lists only this client's). Each cartridge is
 * asked once, whether by the -E scan or by the search for the copies a restore needs.
 */
export class CartridgeCopies {
  private readonly known = new Map<number, FilelistCopy[]>();

  constructor(private readonly client: ProtocolClient) {}

  /** The copies on `cartridges`, oldest first. */
  async on(cartridges: Iterable<number>): Promise<FilelistCopy[]> {
    const copies: FilelistCopy[] = [];
    for (const cartridge of cartridges) {
      let here = this.known.get(cartridge);
      if (!here) {
        const headers = (await this.client.request({ listBackupHeaders: { cartridge } })).headers?.headers ?? [];
        here = headers.map((h) => copyOf(h.text ?? '', cartridge, h.position?.tapeFile ?? 0)).filter((c): c is FilelistCopy => c !== undefined);
        this.known.set(cartridge, here);
      }
      copies.push(...here);
    }
    return copies.sort(byTime);
  }
}

function* range(from: number, to: number): Generator<number> {
  for (let c = from; c <= to; c++) yield c;
}

/**
 * The copies of the runs that make up the state of the run `last` names: from part 1 of its
 * newest complete full backup (-e -e: one complete full backup further back) up to that run.
 * The cartridges from where that full backup starts to the run's copy are asked first; while
 * the full backup wanted is not complete among the copies found (part 1 of an earlier one is
 * on an earlier cartridge), the cartridges before them are asked too, one at a time.
 */
export async function findFilelistCopies(cartridges: CartridgeCopies, last: MinInfo, fullsBack: number, note: (line: string) => void): Promise<FilelistCopy[]> {
  const hi = Math.max(last.lastFull.cartridge, last.filelist.cartridge);
  let lo = Math.min(last.lastFull.cartridge || last.filelist.cartridge, last.filelist.cartridge);
  const lastLine = formatMinInfo(last);
  // Up to the last run's own copy (its header carries the very line), so that a run started in
  // the same second after it is not taken; without that copy, by the time alone.
  const upToLast = (copies: FilelistCopy[]): FilelistCopy[] => {
    const mine = copies.filter((c) => c.info.clientId === last.clientId);
    const own = mine.findIndex((c) => formatMinInfo(c.info) === lastLine);
    return own >= 0 ? mine.slice(0, own + 1) : mine.filter((c) => c.info.timeSec <= last.timeSec);
  };
  for (;;) {
    const found = upToLast(await cartridges.on(range(lo, hi)));
    const needed = neededCopies(found, fullsBack);
    if (needed.fullNumber !== undefined) return needed.copies;
    const wanted = fullsBack > 0 ? `${fullsBack + 1} complete full backups` : 'a complete full backup';
    if (lo <= 1) {
      if (found.length > 0) note(`no ${wanted} among the filelist copies on cartridges 1 to ${hi}: all ${found.length} found are used`);
      return needed.copies;
    }
    try {
      await cartridges.on([lo - 1]);
    } catch (e) {
      note(`cartridge ${lo - 1} could not be scanned (${(e as Error).message}); no ${wanted} among the filelist copies on cartridges ${lo} to ${hi}: all ${found.length} found are used`);
      return needed.copies;
    }
    lo--;
  }
}

/** The run label of the header (runLabel: `<client> <num>.<part>/<parts> level <level>`). */
const RUN_LABEL = /(\d+)\.(\d+)\/(\d+) level (\d+)$/;

function copyOf(text: string, cartridge: number, tapeFile: number): FilelistCopy | undefined {
  let header: { kind?: unknown; metadata?: Record<string, unknown> };
  try {
    header = JSON.parse(text) as typeof header;
  } catch {
    return undefined; // a header this afrestore cannot read is not a filelist copy it could use
  }
  const line = header.metadata?.minInfo;
  const label = header.metadata?.afbackupRun;
  if (header.kind !== 'filelist' || typeof line !== 'string' || typeof label !== 'string') return undefined;
  let info;
  try {
    info = parseMinInfoLine(line);
  } catch {
    return undefined;
  }
  const m = RUN_LABEL.exec(label);
  // The label and the line describe the same run; a header where they differ is not trusted.
  if (info.version !== 2 || !m || Number(m[1]) !== info.fullNumber || Number(m[2]) !== info.part || Number(m[3]) !== info.parts) return undefined;
  return { cartridge, tapeFile, info, level: Number(m[4]) };
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
export async function importCopy(client: ProtocolClient, cartridgeSet: number, copy: Omit<FilelistCopy, 'level'>, fl: Filelist): Promise<{ runs: number; entries: number }> {
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
