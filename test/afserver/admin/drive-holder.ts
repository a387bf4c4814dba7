// Stands in for a running afserver that has a cartridge in the drive of a virtual library:
// takes up the cartridge in drive 0 (or loads slot 1 there), says "ready", and keeps the cartridge until standard input closes.
import { openLibrary } from '../../../drivers/library/index.js';

const library = await openLibrary(process.argv[2]!);
if (!(await library.changer.status()).drives[0]!.full) await library.changer.load(1, 0);
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void library.close().then(() => process.exit(0));
});
