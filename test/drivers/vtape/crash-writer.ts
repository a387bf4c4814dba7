// Child process of crash.test.ts: writes records to a cartridge forever and acknowledges each one
// on stdout once its write() has resolved, until the test kills it with SIGKILL.
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record } from './helpers.js';
import { crashRecordSize } from './crash-sizes.js';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer.ts CARTRIDGE');
const tape = await VirtualTape.open(file);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await tape.write(record(i, crashRecordSize(i)));
  // stdout is a pipe, written synchronously on Linux: the line is out before the next write.
  process.stdout.write(`ack ${i}\n`);
}
