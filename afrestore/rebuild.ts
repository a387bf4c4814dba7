// afrestore -e and -E: the filelist rebuilt from the copies on tape, before a restore (or a
// listing) from it as usual. -e reads the minimum restore information from standard input;
// -E finds it in the tape file headers of the copies (-l, -n: only shows what it found).
import type { MinInfo } from '../afclient/backup/min-restore-info.js';
import type { ProgramContext, ProgramIO, ServersContext } from './context.js';
import { copyRun } from './copies-needed.js';
import { CartridgeCopies, findFilelistCopies, importCopy, MAX_INFO_INPUT, minInfoFrom } from './emergency.js';
import type { RestoreCommand } from './options.js';
import { foundLine, foundSummary, parseScanTargets, scanTapes, type FoundCopy } from './tape-scan.js';

/** The copies on each server's cartridges, each cartridge asked once per afrestore run. */
class Catalogs {
  private readonly byServer = new Map<string, CartridgeCopies>();

  constructor(private readonly s: ServersContext) {}

  async of(host: string, port: number): Promise<CartridgeCopies> {
    const key = `${host}%${port}`;
    let c = this.byServer.get(key);
    if (!c) {
      c = new CartridgeCopies(await this.s.connections.get(host, port));
      this.byServer.set(key, c);
    }
    return c;
  }
}

/** -E: every filelist copy of this client on the cartridges the command names (default: all written). */
function scan(cmd: RestoreCommand, s: ServersContext, catalogs: Catalogs): Promise<FoundCopy[]> {
  const writePosition = async (host: string, port: number): Promise<number> =>
    (await (await s.connections.get(host, port)).request({ queryWritePosition: { cartridgeSet: s.access.cartridgeSet(host, port) } })).position?.cartridge ?? 0;
  return scanTapes(parseScanTargets(cmd.scan ?? [], s.config), (host, port) => catalogs.of(host, port), writePosition);
}

/** -E -l, -E -n: prints the information found; the exit status. */
export async function showScan(cmd: RestoreCommand, s: ServersContext, io: ProgramIO): Promise<number> {
  const found = await scan(cmd, s, new Catalogs(s));
  if (found.length === 0) io.err('afrestore: no filelist copy (with its minimum restore information) found on the cartridges scanned; name others (afrestore -E -l 1-9@host%port)\n');
  found.forEach((c) => io.out((cmd.mode === 'list' ? foundLine(c) : foundSummary(c)) + '\n'));
  return found.length > 0 ? 0 : 1;
}

/** Rebuilds ctx's filelist; with -f returns the exit status, else undefined: go on with the restore. */
export async function rebuildFromTapes(cmd: RestoreCommand, ctx: ProgramContext, io: ProgramIO): Promise<number | undefined> {
  const catalogs = new Catalogs(ctx);
  let info: MinInfo;
  if (cmd.scan) {
    const newest = (await scan(cmd, ctx, catalogs)).filter((c) => c.info.clientId === ctx.access.clientId).at(-1);
    if (!newest) throw new Error(`no minimum restore information of client ${ctx.access.clientId} found on the cartridges scanned; name others (afrestore -E 1-9@host%port) or look for '@@@===--->>>' in the mails StartupInfoProgram sent`);
    io.err(`afrestore: using ${foundLine(newest)}\n`);
    info = newest.info;
  } else info = minInfoFrom(await io.stdin(MAX_INFO_INPUT), ctx.access.clientId);
  const client = await ctx.connections.get(info.server, info.port);
  const copies = await findFilelistCopies(await catalogs.of(info.server, info.port), info, cmd.emergency - 1, (line) => io.err(`afrestore: ${line}\n`));
  if (copies.length === 0) {
    throw new Error(`no filelist copy of client ${info.clientId} found on cartridges up to ${Math.max(info.lastFull.cartridge, info.filelist.cartridge)} of ${info.server}%${info.port}; check that they are available to the server`);
  }
  const set = ctx.access.cartridgeSet(info.server, info.port);
  for (const copy of copies) {
    const n = await importCopy(client, set, copy, ctx.filelist);
    io.err(`afrestore: filelist copy at cartridge ${copy.cartridge} tape file ${copy.tapeFile} (${copyRun(copy)}, started ${new Date(copy.info.timeSec * 1000).toISOString()}): ${n.runs} run(s), ${n.entries} entries\n`);
  }
  ctx.rebuilt();
  return cmd.filelistOnly ? 0 : undefined;
}
