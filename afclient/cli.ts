#!/usr/bin/env node
// afclient: afbackup's tar-like packer. Creates (-c), extracts (-x), lists (-t) and compares (-d)
// archives in a file, on standard input/output, or with -h on an afbackup server (plus the
// server requests -q -Q -w -I -M -X). Exit status: 0 all done, 1 some entries failed
// (or differed, or were damaged), 2 usage error or a fatal error (see man/afclient.1).
import { parseArgs, UsageError } from './cli-args.js';
import { runCreate, type CreateTarget } from './create.js';
import { runRead } from './read-modes.js';
import { runRemote } from './remote/run-remote.js';
import { StderrReporter } from './report.js';

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (!o) return 0;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A reader that stops early (afclient -t | head) ends the run quietly, like SIGPIPE would;
    // an archive cut short on standard output is worth saying.
    if (o.mode === 'create' && o.file === '-') process.stderr.write(`afclient: standard output failed before the archive was complete (${err.code ?? err.message})\n`);
    process.exit(2);
  });
  const report = new StderrReporter();
  if (o.remote) {
    // The server modes reuse the archive modes with the server's data stream as the archive;
    // -v of -c prints afbackup's position lines once the server said where the entries went.
    const local = {
      create: (sink: (chunk: Buffer) => Promise<void>, onWritten: CreateTarget['onWritten']) => runCreate({ ...o, verbose: false }, report, { sink, onWritten }),
      // reading starts at a tape file or block, which may be in the middle of the stream
      read: (input: NodeJS.ReadableStream) => runRead({ ...o, skipGarbage: true }, report, input),
    };
    const r = await runRemote(o.mode, o.remote, local, { verbose: o.verbose });
    return r.exitCode ?? (report.problems > 0 || r.differences > 0 ? 1 : 0);
  }
  const differences = o.mode === 'create' ? (await runCreate(o, report), 0) : await runRead(o, report);
  return report.problems > 0 || differences > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`afclient: ${message}${err instanceof UsageError ? " (see 'afclient --help' or man afclient)" : ''}\n`);
    process.exitCode = 2;
  },
);
