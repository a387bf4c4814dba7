// afrestore's program: restores files from the backups the filelist records, by pattern, by
// time or everything of the last backup, reading the cartridges in tape order. Acting for a
// normal user (directly or through sudo) it lists and restores only that user's files into
// places they own. Returns the exit status: 0 done, 1 some files not restored (or nothing
// matched), 2 usage or fatal error (see man/afrestore.8). cli.ts runs it.
import path from 'node:path';
import { listLine as entryLine } from '../afclient/list.js';
import { StderrReporter } from '../afclient/report.js';
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import { actingUser } from './acting-user.js';
import { openContext, UsageError, type ProgramContext, type ProgramIO } from './context.js';
import { findFilelistCopies, importCopy, MAX_INFO_INPUT, minInfoFrom } from './emergency.js';
import { foundLine, foundSummary, parseScanTargets, scanTapes } from './tape-scan.js';
import { cartridgeLines, formatter, listLine } from './listing.js';
import { parseRestoreArgs, type RestoreCommand } from './options.js';
import { restoreSelection } from './restore.js';
import { selectVersions, storedPattern } from './selection.js';

/** Restores `selection` as `cmd` says; returns the exit status. */
async function restoreVersions(ctx: ProgramContext, cmd: RestoreCommand, selection: readonly FileVersion[], io: ProgramIO): Promise<number> {
  const out = (line: string): void => io.out(line + '\n');
  // The unpacker's messages speak afclient's language; its -u is afrestore's default.
  const report = new StderrReporter((line) => io.err(line.replace(/^afclient: /, 'afrestore: ').replace('(use -u to overwrite)', '(-m: existing files are kept)')));
  const r = await restoreSelection(selection, {
    root: path.resolve(cmd.relocate ?? ctx.config.rootDirectory),
    relocated: cmd.relocate !== undefined,
    overwrite: !cmd.merge,
    ...(ctx.user ? { user: ctx.user } : {}),
    connections: ctx.connections,
    access: ctx.access,
    nextRecord: ctx.nextRecord,
    report,
    ...(cmd.verbose ? { onRestored: (m) => out(entryLine(m, false)) } : {}),
  });
  if (r.failed > 0 || report.problems > 0) io.err(`afrestore: ${r.restored} restored, ${Math.max(r.failed, report.problems)} not restored (see above)\n`);
  return r.failed > 0 || report.problems > 0 ? 1 : 0;
}

/**
 * -e: rebuilds the filelist from the copies on tape, then (without -f) restores the last state.
 * -E: finds the information on the cartridges first (-l, -n: only shows what it found).
 */
async function emergency(cmd: RestoreCommand, io: ProgramIO): Promise<number> {
  if (actingUser(io.env)) throw new Error('Emergency restore may only be performed by root');
  const ctx = await openContext(cmd, io.env, cmd.mode === 'emergency' ? 'rebuild' : 'any');
  try {
    let info;
    if (cmd.scan) {
      const found = await scanTapes(parseScanTargets(cmd.scan, ctx.config), ctx.connections, ctx.access.cartridgeSet);
      if (cmd.mode === 'list' || cmd.mode === 'count') {
        found.forEach((c) => io.out((cmd.mode === 'list' ? foundLine(c) : foundSummary(c)) + '\n'));
        return found.length > 0 ? 0 : 1;
      }
      const newest = found.filter((c) => c.info.clientId === ctx.access.clientId).at(-1);
      if (!newest) throw new Error(`no minimum restore information of client ${ctx.access.clientId} found on the cartridges scanned; name others (afrestore -E 1-9@host%port) or look for '@@@===--->>>' in the mails StartupInfoProgram sent`);
      io.err(`afrestore: using ${foundLine(newest)}\n`);
      info = newest.info;
    } else info = minInfoFrom(await io.stdin(MAX_INFO_INPUT), ctx.access.clientId);
    const client = await ctx.connections.get(info.server, info.port);
    const copies = await findFilelistCopies(client, info, cmd.emergency - 1);
    if (copies.length === 0) {
      throw new Error(`no filelist copy of client ${info.clientId} found on cartridges ${info.lastFull.cartridge || info.filelist.cartridge} to ${info.filelist.cartridge} of ${info.server}%${info.port}; check that they are available to the server`);
    }
    const set = ctx.access.cartridgeSet(info.server, info.port);
    for (const copy of copies) {
      const n = await importCopy(client, set, copy, ctx.filelist);
      io.err(`afrestore: filelist copy at cartridge ${copy.cartridge} tape file ${copy.tapeFile} (backup of ${new Date(copy.info.timeSec * 1000).toISOString()}): ${n.runs} run(s), ${n.entries} entries\n`);
    }
    if (cmd.filelistOnly) return 0;
    const selection = selectVersions(ctx.filelist, { ...cmd.query, all: true });
    return await restoreVersions(ctx, cmd, selection, io);
  } finally {
    await ctx.close();
  }
}

async function run(argv: readonly string[], io: ProgramIO): Promise<number> {
  const out = (line: string): void => io.out(line + '\n');
  const cmd = parseRestoreArgs(argv);
  if (!cmd) return 0; // --help was shown
  if (cmd.mode === 'emergency' || cmd.scan) return emergency(cmd, io);
  const formatted = cmd.format !== undefined ? formatter(cmd.format) : undefined; // a bad format is refused before any work
  const ctx = await openContext(cmd, io.env);
  try {
    const query = { ...cmd.query, patterns: cmd.query.patterns.map((p) => storedPattern(p, ctx.config.rootDirectory)), ...(ctx.user ? { uid: ctx.user.uid } : {}) };
    const selection = selectVersions(ctx.filelist, query);
    if (cmd.mode === 'count') {
      out(String(selection.length));
      return 0;
    }
    if (selection.length === 0) {
      // The same words whether nothing matches or only other users' files do.
      io.err(`afrestore: no file in the filelists matches ${cmd.query.all ? 'the last backup' : cmd.query.patterns.map((p) => `'${p}'`).join(' ')}\n`);
      return 1;
    }
    switch (cmd.mode) {
      case 'list':
        selection.forEach((v) => out(listLine(v)));
        return 0;
      case 'format':
        selection.forEach((v) => out(formatted!(v)));
        return 0;
      case 'cartridges':
        cartridgeLines(selection).forEach(out);
        return 0;
      case 'restore':
        break;
    }
    return await restoreVersions(ctx, cmd, selection, io);
  } finally {
    await ctx.close();
  }
}

export async function afrestore(argv: readonly string[], io: ProgramIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.err(`afrestore: ${message}${err instanceof UsageError ? " (see 'afrestore --help' or man afrestore)" : ''}\n`);
    return 2;
  }
}
