#!/usr/bin/env node
// label_tape: writes the label (tape file 0) that makes a cartridge cartridge N of this server,
// or shows the label of the loaded cartridge (-q). See man/label_tape.8.
import { MIN_BLOCK_SIZE, readLabel, type LabelReadResult } from '../../drivers/layout/index.js';
import { parseBytes } from '../../protocol/config/config.js';
import type { Catalog } from '../catalog/index.js';
import type { Media } from '../media/media.js';
import { adminArgs, cartridgeNumber, EXIT_OK, runAdmin, UsageError, wholeNumber, withServerState } from './cli.js';
import { loadOrRequire, withDrive } from './drive-access.js';

const PROGRAM = 'label_tape';
const MAX_BLOCK_SIZE = 16 * 1024 * 1024;

/** The label as label_tape -q prints it: one "name: value" line per field. */
function describeLabel(found: LabelReadResult): string {
  if (found.kind === 'blank') return 'blank (no label, no data)\n';
  if (found.kind === 'foreign') return `not labelled by afbackup: holds ${found.hint}\n`;
  const rows: [string, string][] = [
    ['cartridge', String(found.cartridge)],
    ['secondary', found.secondary === 0 ? '0 (not a copy)' : `${found.secondary} (copy of cartridge ${found.secondary})`],
    ['cartridge set', String(found.cartridgeSet)],
    ['labelled', found.labelTime.toISOString()],
    ['block size', String(found.blockSize)],
    ['program version', found.programVersion],
    ['comment', found.comment === '' ? '(none)' : found.comment],
    ['barcode', found.barcode === '' ? '(none)' : found.barcode],
  ];
  const width = Math.max(...rows.map(([k]) => k.length)) + 1;
  return rows.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}\n`).join('');
}

function blockSizeOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  let bytes: number;
  try {
    bytes = parseBytes(text);
  } catch (e) {
    throw new UsageError(`-b: ${(e as Error).message}`);
  }
  if (bytes < MIN_BLOCK_SIZE || bytes > MAX_BLOCK_SIZE || bytes % 512 !== 0) {
    throw new UsageError(`-b ${text}: the block size must be a multiple of 512 from ${MIN_BLOCK_SIZE} to ${MAX_BLOCK_SIZE}`);
  }
  return bytes;
}

/**
 * The cartridge of this server whose tape is being relabelled as another one, when there is one.
 * Even -f never destroys a cartridge that is read-only or still needed by a client.
 */
async function replacedCartridge(media: Media, catalog: Catalog, cartridge: number, force: boolean): Promise<number | undefined> {
  const found = await readLabel(media.drive).catch(() => undefined);
  if (found?.kind !== 'label' || found.cartridge === cartridge || found.secondary === cartridge) return undefined;
  const old = catalog.cartridges.get(found.cartridge);
  // Another tape may carry the same number (a copy); only this tape's own record goes.
  if (!old || (old.barcode !== null && found.barcode !== '' && old.barcode !== found.barcode)) return undefined;
  if (force) catalog.cartridges.checkOverwritable(old.number, catalog.precious.holders(old.number));
  return old.number;
}

async function main(argv: string[]): Promise<number> {
  const a = adminArgs(PROGRAM, argv, '$0 N [-f] [-n COMMENT] [-b BLOCKSIZE] [-S ORIGINAL] [-s SLOT] [-c server.conf]\n$0 -q [-s SLOT] [-c server.conf]\n\nLabel the cartridge in the drive as cartridge N, or show its label (-q).')
    .option('q', { alias: 'query', type: 'boolean', describe: 'print the label of the cartridge in the drive' })
    .option('f', { alias: 'force', type: 'boolean', describe: 'overwrite another cartridge\'s label or foreign data' })
    .option('n', { alias: 'comment', type: 'string', requiresArg: true, describe: 'comment stored in the label' })
    .option('b', { alias: 'blocksize', type: 'string', requiresArg: true, describe: 'block size the cartridge is written with (default Tape-Blocksize)' })
    .option('S', { alias: 'secondary', type: 'string', requiresArg: true, describe: 'the tape is a copy of cartridge ORIGINAL (its secondary label)' })
    .option('s', { alias: 'slot', type: 'string', requiresArg: true, describe: 'load the cartridge from this changer slot first' })
    .parseSync();
  if (a.help) return EXIT_OK;
  const slot = a.s === undefined ? undefined : wholeNumber(a.s, '-s', 1);
  const positional = a._.map(String);
  if (a.q) {
    if (positional.length > 0 || a.f || a.n !== undefined || a.b !== undefined || a.S !== undefined) throw new UsageError('-q takes no cartridge number and no -f, -n, -b, -S');
  } else if (positional.length !== 1) {
    throw new UsageError('give the number of the cartridge to label (label_tape N), or -q to show the label');
  }
  const cartridge = a.q ? undefined : cartridgeNumber(positional[0], 'cartridge');
  const blockSize = blockSizeOption(a.b);
  const secondary = a.S === undefined ? undefined : cartridgeNumber(a.S, '-S');
  if (secondary !== undefined && secondary === cartridge) throw new UsageError(`-S ${secondary}: a cartridge cannot be a copy of itself`);
  return withServerState(a.c, (config, { catalog }) => {
    // Before the robot moves anything: the cartridge must be one of this server's.
    if (cartridge !== undefined) catalog.cartridges.require(cartridge);
    if (secondary !== undefined) catalog.cartridges.require(secondary);
    return withDrive(
      PROGRAM,
      config,
      catalog,
      async ({ media, mounter }) => {
        await loadOrRequire(media, slot);
        if (cartridge === undefined) {
          process.stdout.write(describeLabel(await readLabel(media.drive)));
          return EXIT_OK;
        }
        const replaced = await replacedCartridge(media, catalog, cartridge, a.f ?? false);
        const label = await mounter.label(cartridge, a.n ?? '', { force: a.f ?? false, ...(secondary === undefined ? {} : { secondary }) });
        if (replaced !== undefined) {
          catalog.cartridges.forgetTape(replaced);
          process.stderr.write(`${PROGRAM}: the tape was cartridge ${replaced}; the catalog no longer has a tape for cartridge ${replaced}: label a new one with label_tape ${replaced}\n`);
        }
        process.stdout.write(
          `${media.drive.name}: labelled as cartridge ${label.cartridge}${label.secondary ? `, a copy of cartridge ${label.secondary}` : ''} (set ${label.cartridgeSet}, block size ${label.blockSize}${label.barcode ? `, barcode ${label.barcode}` : ''})\n`,
        );
        return EXIT_OK;
      },
      blockSize === undefined ? {} : { blockSize },
    );
  });
}

runAdmin(PROGRAM, main);
