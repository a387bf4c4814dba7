// Child process for the concurrency tests: opens the library in DIR and moves the cartridge
// between slots A and B ROUNDS times (ending where it started), or with "load" as A, loads
// slot B into drive 0 and exits without unloading (leaving the cartridge in the drive).
import { openLibrary } from '../../../drivers/library/index.js';

const [dir, a, b, rounds] = process.argv.slice(2) as [string, string, string, string];
const lib = await openLibrary(dir, { lockWaitMs: 60_000 });
if (a === 'load') {
  await lib.changer.load(Number(b), 0);
  await lib.drive(0).write(Buffer.from(`written by ${process.pid}`));
  await lib.drive(0).op('weof');
  process.exit(0); // as if killed: the drive is never closed
} else {
  for (let i = 0; i < Number(rounds); i++) {
    await lib.changer.transfer(Number(a), Number(b));
    await lib.changer.transfer(Number(b), Number(a));
  }
  await lib.close();
}
