// afrestore's program: restores files from the backups the filelist records, by pattern, by
// time or everything of the last backup, reading the cartridges in tape order. Acting for a
// normal user (directly or through sudo) it lists and restores only that user's files into
// places they own. With -e or -E (root only) the lost filelist is first rebuilt from the
// copies on tape (rebuild.ts). Returns the exit status: 0 done, 1 some files not restored (or nothing
// matched), 2 usage or fatal error (see man/afrestore.8). cli.ts runs it.
import path from 'node:path';
import { listLine as entryLine } from '../afclient/list.js';
import { StderrReporter } from '../afclient/report.js';
import type { FileVersion } from '../afclient/backup/filelist/types.js';
import { actingUser } from './acting-user.js';
import { openContext, openServers, UsageError, type ProgramContext, type ProgramIO } from './context.js';
import { cartridgeLines, formatter, listLine } from './listing.js';
import { parseRestoreArgs, type RestoreCommand } from './options.js';
import { rebuildFromTapes, showScan } from './rebuild.js';
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

async function run(argv: readonly string[], io: ProgramIO): Promise<number> {
  const out = (line: string): void => io.out(line + '\n');
  const cmd = parseRestoreArgs(argv);
  if (!cmd) return 0; // --help was shown
  const fromTapes = cmd.emergency > 0 || cmd.scan !== undefined;
  if (fromTapes && actingUser(io.env)) throw new Error('Emergency restore may only be performed by root');
  const formatted = cmd.format !== undefined ? formatter(cmd.format) : undefined; // a bad format is refused before any work
  if (cmd.scan !== undefined && (cmd.mode === 'list' || cmd.mode === 'count')) {
    const servers = await openServers(cmd, io.env);
    try {
      return await showScan(cmd, servers, io);
    } finally {
      await servers.close();
    }
  }
  const ctx = await openContext(cmd, io.env, fromTapes ? 'rebuild' : 'existing');
  try {
    if (fromTapes) {
      const exit = await rebuildFromTapes(cmd, ctx, io);
      if (exit !== undefined) return exit;
    }
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
