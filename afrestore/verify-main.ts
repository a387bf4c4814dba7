// afverify's program: compares a backup with the filesystem and prints one line per difference, or with
// --tape checks the stored records' checksums on the media. -l lists the runs that can be
// verified, -<n> picks an older one. Exit status: 0 no differences, 1 differences, damage or
// unreadable entries, 2 usage or fatal error (see man/afverify.8). verify-cli.ts runs it.
import path from 'node:path';
import { StderrReporter } from '../afclient/report.js';
import { openContext, UsageError, type ProgramIO } from './context.js';
import { commonOptions, commonYargs, olderRunArgs } from './options.js';
import { checkRunMedia, runLine, showName, verifiableRuns, verifyRun } from './verify.js';

async function run(argv: readonly string[], io: ProgramIO): Promise<number> {
  const out = (line: string): void => io.out(line + '\n');
  const { rest, older } = olderRunArgs(argv);
  const a = commonYargs('afverify', rest, 'afverify [-l] [-<n>] [--tape] [-C dir] [-c conf]')
    .option('l', { type: 'boolean', default: false, describe: 'list the runs that can be verified' })
    .option('C', { type: 'string', requiresArg: true, describe: 'compare with the files below this directory (default: RootDirectory)' })
    .option('tape', { type: 'boolean', default: false, describe: 'check the records on tape only (no filesystem)' })
    .parseSync();
  if (a.help) return 0;
  if (a._.length > 0) throw new UsageError(`afverify takes no names (got ${a._.join(' ')}); it verifies a whole run: choose it with -<n>`);
  const ctx = await openContext(commonOptions(a), io.env);
  try {
    const runs = verifiableRuns(ctx);
    if (a.l) {
      runs.forEach((r, i) => out(runLine(r, i, runs.length)));
      return 0;
    }
    const index = older ?? 0;
    const run = runs[index];
    if (!run) throw new Error(runs.length === 0 ? 'the filelist holds no finished backup to verify' : `there is no run -${index}: the filelist holds ${runs.length} (see afverify -l)`);
    const report = new StderrReporter((line) => io.err(line.replace(/^afclient: /, 'afverify: ')));
    const r = a.tape
      ? await checkRunMedia(ctx, run, report)
      : await verifyRun(ctx, run, path.resolve(a.C ?? ctx.config.rootDirectory), report, (meta, what) => out(`${showName(meta)}: ${what}`));
    if (a.v) io.err(`afverify: ${r.entries} entries checked, ${r.differences} ${a.tape ? 'damaged' : 'differences'}, ${r.unreadable} unreadable\n`);
    return r.differences > 0 || r.unreadable > 0 || report.problems > 0 ? 1 : 0;
  } finally {
    await ctx.close();
  }
}

export async function afverify(argv: readonly string[], io: ProgramIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.err(`afverify: ${message}${err instanceof UsageError ? " (see 'afverify --help' or man afverify)" : ''}\n`);
    return 2;
  }
}
