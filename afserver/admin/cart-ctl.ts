#!/usr/bin/env node
// cart_ctl: the cartridges of the server: list them (-l), set their flags (-a) and comments (-N),
// and work the changer: inventory (-i), move (-m), eject (-e), label blanks (-t), and for a
// virtual library import (--import) and add (--add) cartridges. See man/cart_ctl.8.
import { labelBlankCartridges } from './auto-label.js';
import { applyAttributes, parseAttributes } from './cart-attributes.js';
import { cartridgeTable } from './cart-list.js';
import { eject, inventoryText, moveToDrive } from './cart-robot.js';
import { adminArgs, cartridgeNumber, EXIT_FAILURE, EXIT_OK, runAdmin, UsageError, wholeNumber, withServerState } from './cli.js';
import { addBlankCartridges, importCartridgeFile } from './virtual-library.js';

const PROGRAM = 'cart_ctl';

const USAGE = `$0 -l [-a] | -a SPEC | -N CARTRIDGE COMMENT | -i | -m -C CARTRIDGE [-D DRIVE] | -e -C CARTRIDGE | -t [-n COMMENT] | --import FILE | --add N   [-c server.conf]

List and manage the cartridges of the server and its changer.`;

async function main(argv: string[]): Promise<number> {
  const a = adminArgs(PROGRAM, argv, USAGE)
    .option('l', { alias: 'list', type: 'boolean', describe: 'list the cartridges' })
    .option('a', { alias: 'attributes', type: 'string', describe: 'with -l: list attributes too; alone: set them, e.g. 4-5:r,6:!r,7:!f' })
    .option('N', { alias: 'comment', type: 'string', requiresArg: true, describe: 'set the comment of this cartridge to the words that follow' })
    .option('i', { alias: 'inventory', type: 'boolean', describe: "print the changer's inventory as mtx status does" })
    .option('m', { alias: 'move', type: 'boolean', describe: 'move cartridge -C into the drive' })
    .option('e', { alias: 'eject', type: 'boolean', describe: 'take cartridge -C out of the library' })
    .option('C', { alias: 'cartridge', type: 'string', requiresArg: true, describe: 'the cartridge for -m and -e' })
    .option('D', { alias: 'drive', type: 'string', requiresArg: true, describe: 'the drive for -m (default the drive of Backup-Device)' })
    .option('t', { alias: 'label-blanks', type: 'boolean', describe: 'label every blank cartridge in the storage slots as the cartridge numbered like its slot' })
    .option('n', { alias: 'label-comment', type: 'string', requiresArg: true, describe: 'comment of the labels -t writes' })
    .option('import', { type: 'string', requiresArg: true, describe: 'virtual library: import this cartridge file through the mailslot' })
    .option('add', { type: 'string', requiresArg: true, describe: 'virtual library: add this many blank cartridges' })
    .parseSync();
  if (a.help) return EXIT_OK;
  const listing = a.l === true;
  const setting = a.a !== undefined && !listing;
  const modes = [
    listing && '-l',
    setting && '-a',
    a.N !== undefined && '-N',
    a.i && '-i',
    a.m && '-m',
    a.e && '-e',
    a.t && '-t',
    a.import !== undefined && '--import',
    a.add !== undefined && '--add',
  ].filter((m): m is string => typeof m === 'string');
  if (modes.length !== 1) {
    throw new UsageError(modes.length === 0 ? 'say what to do: -l, -a, -N, -i, -m, -e, -t, --import or --add' : `${modes.join(' and ')} cannot be combined`);
  }
  const words = a._.map(String);
  if (a.N === undefined && words.length > 0) throw new UsageError(`unexpected argument '${words[0]}'`);
  if ((a.m || a.e) && a.C === undefined) throw new UsageError(`${a.m ? '-m' : '-e'} needs the cartridge: -C CARTRIDGE`);
  if (a.C !== undefined && !a.m && !a.e) throw new UsageError('-C goes with -m or -e');
  if (a.D !== undefined && !a.m) throw new UsageError('-D goes with -m');
  if (a.n !== undefined && !a.t) throw new UsageError('-n goes with -t');
  const cartridge = a.C === undefined ? undefined : cartridgeNumber(a.C, '-C');
  const drive = a.D === undefined ? undefined : wholeNumber(a.D, '-D', 0);
  const out = (text: string): number => {
    process.stdout.write(text);
    return EXIT_OK;
  };

  return withServerState(a.c, async (config, { catalog }) => {
    if (listing) return out(cartridgeTable(catalog, a.a !== undefined));
    if (setting) return out(applyAttributes(catalog, parseAttributes(a.a ?? '', config.numberOfCartridges)));
    if (a.N !== undefined) {
      const n = cartridgeNumber(a.N, '-N');
      catalog.cartridges.setComment(n, words.join(' '));
      return out(`cartridge ${n}: comment set\n`);
    }
    if (a.i) return out(await inventoryText(config));
    if (a.m) return out(await moveToDrive(PROGRAM, config, catalog, cartridge!, drive));
    if (a.e) return out(await eject(config, catalog, cartridge!));
    if (a.import !== undefined) return out(await importCartridgeFile(config, a.import));
    if (a.add !== undefined) return out(await addBlankCartridges(config, wholeNumber(a.add, '--add', 1)));
    const r = await labelBlankCartridges(PROGRAM, config, catalog, a.n ?? 'labelled by cart_ctl -t');
    process.stdout.write(`${r.text}${r.labelled} cartridge(s) labelled\n`);
    return r.failures > 0 ? EXIT_FAILURE : EXIT_OK;
  });
}

runAdmin(PROGRAM, main);
