#!/usr/bin/env node
// copy_tape: duplicates a cartridge of this server onto another of its cartridges, which then
// carries the original's number as its secondary label and stands in for it on restore.
// See man/copy_tape.8.
import os from 'node:os';
import { parseBytes } from '../../protocol/config/config.js';
import { adminArgs, cartridgeNumber, EXIT_OK, runAdmin, UsageError, wholeNumber, withServerState } from './cli.js';
import { withDrive } from './drive-access.js';
import { fromAfbackupForm } from './copy-args.js';
import { copyCartridge } from './copy-run.js';

const PROGRAM = 'copy_tape';
/** Without a changer, how long the operator has to swap the cartridges. */
const OPERATOR_WAIT_MS = 60 * 60_000;

const USAGE = `$0 --from N --to M [--tape-file F] [-T TMPDIR] [--staging-max BYTES] [-v] [-c server.conf]
$0 -C N [-F F] -D -C M [-T TMPDIR] [--staging-max BYTES] [-v] [-c server.conf]

Copy cartridge N onto cartridge M, which is then accepted in place of N on restore.`;

function bytesOption(text: string, what: string): number {
  try {
    return parseBytes(text);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const a = adminArgs(PROGRAM, fromAfbackupForm(argv), USAGE)
    .option('from', { type: 'string', requiresArg: true, describe: 'the cartridge to copy (afbackup: -C N before -D)' })
    .option('to', { type: 'string', requiresArg: true, describe: 'the cartridge that becomes the copy (afbackup: -D -C M)' })
    .option('tape-file', { type: 'string', requiresArg: true, describe: 'copy from this tape file on (afbackup: -F); default 1' })
    .option('T', { alias: 'tmpdir', type: 'string', requiresArg: true, describe: 'folder for the staging files (default the system temp folder)' })
    .option('staging-max', { type: 'string', requiresArg: true, describe: 'stage at most this much at a time (e.g. 20G); at least one tape file is staged' })
    .option('v', { alias: 'verbose', type: 'boolean', describe: 'report each tape file staged, written and verified' })
    .parseSync();
  if (a.help) return EXIT_OK;
  if (a._.length > 0) throw new UsageError(`unexpected argument '${String(a._[0])}'`);
  if (a.from === undefined || a.to === undefined) throw new UsageError('name the cartridge to copy and the one to copy it to: --from N --to M');
  const from = cartridgeNumber(a.from, '--from');
  const to = cartridgeNumber(a.to, '--to');
  if (from === to) throw new UsageError(`--from and --to are both ${from}: a cartridge cannot be copied onto itself`);
  const firstTapeFile = a['tape-file'] === undefined ? 1 : wholeNumber(a['tape-file'], '--tape-file', 1);
  const verbose = a.v ?? false;
  const stagingLimit = a['staging-max'] === undefined ? undefined : bytesOption(a['staging-max'], '--staging-max');
  return withServerState(a.c, async (config, { catalog }) => {
    const r = await withDrive(PROGRAM, config, catalog, ({ media }) =>
      copyCartridge(catalog, media, {
        from,
        to,
        firstTapeFile,
        stagingParent: a.T ?? os.tmpdir(),
        ...(stagingLimit === undefined ? {} : { stagingLimit }),
        progress: (line) => {
          if (verbose) process.stderr.write(`${PROGRAM}: ${line}\n`);
        },
        wait: {
          operator: { tell: async (subject, text) => void process.stderr.write(`${PROGRAM}: ${subject}: ${text}\n`) },
          probeMs: 5000,
          waitMs: OPERATOR_WAIT_MS,
        },
      }),
    );
    const standsFor = r.label.secondary ? `it is accepted in place of cartridge ${r.label.secondary}` : `it carries the data of cartridge ${to} again`;
    process.stdout.write(
      `cartridge ${from} copied to cartridge ${to}${r.label.barcode ? ` (barcode ${r.label.barcode})` : ''}: ${r.tapeFiles} tape file(s), ${r.bytes} bytes, verified; ` +
        `${standsFor}, and it is marked read-only (release it with cart_ctl -a ${to}:!r)\n`,
    );
    return EXIT_OK;
  });
}

runAdmin(PROGRAM, main);
