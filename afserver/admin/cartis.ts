#!/usr/bin/env node
// cartis: tells the server which cartridge is in the drive (its set then continues on it), or
// where a cartridge set is to be written next (-i). See man/cartis.8.
import { readLabel } from '../../drivers/layout/index.js';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';
import { adminArgs, busyHolder, cartridgeNumber, driveInUse, EXIT_OK, runAdmin, UsageError, wholeNumber, withServerState } from './cli.js';
import { loadOrRequire, recordFoundLabel, withDrive } from './drive-access.js';

const PROGRAM = 'cartis';

const warn = (text: string): void => {
  process.stderr.write(`${PROGRAM}: ${text}\n`);
};

/** Reads the label of the cartridge in the drive and checks it is `cartridge`; records its barcode. */
async function verifyInDrive(config: ServerConfig, catalog: Catalog, cartridge: number): Promise<void> {
  try {
    await withDrive(PROGRAM, config, catalog, async ({ media }) => {
      await loadOrRequire(media, undefined);
      const found = await readLabel(media.drive);
      if (found.kind === 'foreign') throw new Error(`${media.drive.name} holds ${found.hint}, not cartridge ${cartridge}; label it with label_tape -f ${cartridge} if its data is not needed`);
      if (found.kind === 'blank') {
        warn(
          config.rejectUnlabeledTapes
            ? `the cartridge in ${media.drive.name} is blank and Reject Unlabeled Tapes is set: label it with label_tape ${cartridge} before the next backup`
            : `the cartridge in ${media.drive.name} is blank; the server labels it as cartridge ${cartridge} when it first writes to it`,
        );
        return;
      }
      if (found.cartridge !== cartridge && found.secondary !== cartridge) {
        throw new Error(`${media.drive.name} holds cartridge ${found.cartridge}, not cartridge ${cartridge}: insert cartridge ${cartridge}, or run cartis ${found.cartridge}`);
      }
      recordFoundLabel(catalog, found);
    });
  } catch (e) {
    const holder = busyHolder(e);
    if (holder === undefined) throw e;
    // The server checks every label when it mounts a cartridge anyway.
    warn(`the label was not checked: ${driveInUse(holder)}; the server checks it when it writes`);
  }
}

/** cartis N: the cartridge in the drive is N; its set continues on it, after its last tape file. */
async function cartridgeInDrive(config: ServerConfig, catalog: Catalog, cartridge: number): Promise<void> {
  const c = catalog.cartridges.require(cartridge);
  if (c.readOnly) throw new Error(`cartridge ${cartridge} is read-only and is never written; clear the flag with cart_ctl -a ${cartridge}:!r first`);
  if (c.full) throw new Error(`cartridge ${cartridge} is full; to write it again from an earlier tape file use cartis -i ${cartridge} FILE, or clear the flag with cart_ctl -a ${cartridge}:!f`);
  await verifyInDrive(config, catalog, cartridge);
  const tapeFile = c.tapeFiles + 1;
  catalog.cartridges.setWritePosition(c.cartridgeSet, { cartridge, tapeFile });
  process.stdout.write(`cartridge ${cartridge} is in the drive; cartridge set ${c.cartridgeSet} continues on it at tape file ${tapeFile}\n`);
}

const range = (from: number, to: number): string => (from === to ? `tape file ${from}` : `tape files ${from}-${to}`);

/** cartis -i CART FILE: the set writes next at tape file FILE of CART. */
function positionSet(config: ServerConfig, catalog: Catalog, cartridge: number, tapeFile: number, setOption: number | undefined, force: boolean): void {
  const c = catalog.cartridges.require(cartridge);
  const set = setOption ?? c.cartridgeSet;
  if (!config.cartridgeSets.some((s) => s.number === set)) throw new Error(`there is no cartridge set ${set} (server.conf Cartridge-Sets defines ${config.cartridgeSets.length})`);
  if (c.cartridgeSet !== set) throw new Error(`cartridge ${cartridge} belongs to cartridge set ${c.cartridgeSet}, not to set ${set}; choose a cartridge of set ${set}`);
  if (c.readOnly) throw new Error(`cartridge ${cartridge} is read-only and is never written; clear the flag with cart_ctl -a ${cartridge}:!r first`);
  const later = catalog.sessions.onCartridge(cartridge).filter((f) => f.tapeFile >= tapeFile);
  if (later.length === 0) {
    if (tapeFile > c.tapeFiles + 1 && !force) {
      throw new Error(`cartridge ${cartridge} has ${c.tapeFiles} tape files; tape file ${tapeFile} would leave a gap (a tape is written at its end): use tape file ${c.tapeFiles + 1}, or -f if the tape holds more than the catalog knows`);
    }
    if (c.full && tapeFile > c.tapeFiles) throw new Error(`cartridge ${cartridge} is full: choose an earlier tape file, or clear the flag with cart_ctl -a ${cartridge}:!f`);
  } else {
    const last = later[later.length - 1]!.tapeFile;
    const bytes = later.reduce((sum, f) => sum + f.bytes, 0);
    const holders = catalog.precious.holders(cartridge);
    const what = `${range(tapeFile, last)} of cartridge ${cartridge} (${bytes} bytes)`;
    if (holders.length > 0 && !force) {
      throw new Error(`writing at tape file ${tapeFile} would overwrite ${what}, and the cartridge holds backups still needed by ${holders.join(', ')}; use -f to overwrite them anyway`);
    }
    warn(`${what} will be overwritten${holders.length > 0 ? `, although ${holders.join(', ')} still need(s) backups on it` : ''}`);
  }
  catalog.transaction(() => {
    if (later.length > 0) catalog.cartridges.writeAgainFrom(cartridge, tapeFile);
    catalog.cartridges.setWritePosition(set, { cartridge, tapeFile });
  });
  process.stdout.write(`cartridge set ${set} is written next at cartridge ${cartridge}, tape file ${tapeFile}\n`);
}

async function main(argv: string[]): Promise<number> {
  const a = adminArgs(
    PROGRAM,
    argv,
    '$0 N [-c server.conf]\n$0 -i CARTRIDGE TAPEFILE [-S SET] [-f] [-c server.conf]\n\nTell the server that cartridge N is in the drive, or where a cartridge set is written next (-i).',
  )
    .option('i', { alias: 'write-position', type: 'boolean', describe: 'set the next write position: CARTRIDGE TAPEFILE' })
    .option('S', { alias: 'set', type: 'string', requiresArg: true, describe: 'the cartridge set (-i; default the set of CARTRIDGE)' })
    .option('f', { alias: 'force', type: 'boolean', describe: 'overwrite tape files still needed by clients, or leave a gap (-i)' })
    .parseSync();
  if (a.help) return EXIT_OK;
  const words = a._.map(String);
  if (a.i) {
    if (words.length !== 2) throw new UsageError('-i needs a cartridge and a tape file: cartis -i CARTRIDGE TAPEFILE');
    const cartridge = cartridgeNumber(words[0], 'cartridge');
    if (words[1] === '0') throw new UsageError('tape file 0 is the label; data tape files start at 1');
    const tapeFile = wholeNumber(words[1], 'tape file', 1);
    const set = a.S === undefined ? undefined : wholeNumber(a.S, '-S', 1);
    await withServerState(a.c, async (config, { catalog }) => positionSet(config, catalog, cartridge, tapeFile, set, a.f ?? false));
    return EXIT_OK;
  }
  if (a.S !== undefined || a.f) throw new UsageError('-S and -f go with -i');
  if (words.length !== 1) throw new UsageError('give the number of the cartridge in the drive (cartis N), or -i CARTRIDGE TAPEFILE');
  const cartridge = cartridgeNumber(words[0], 'cartridge');
  await withServerState(a.c, (config, { catalog }) => cartridgeInDrive(config, catalog, cartridge));
  return EXIT_OK;
}

runAdmin(PROGRAM, main);
