// Child process of crash.test.ts: writes records to a cartridge forever and acknowledges each one
// on stdout once its write has resolved, until the test kills it with SIGKILL. Mode 'batch'
// writes them eight at a time with writeRecords (one write job each, several pwritevs that end
// on 256 KiB boundaries of the file), acknowledging a batch's records once it resolves.
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record } from './helpers.js';
import { crashRecordSize } from './crash-sizes.js';

const file = process.argv[2];
const mode = process.argv[3] ?? 'single';
if (!file || (mode !== 'single' && mode !== 'batch')) throw new Error('usage: crash-writer.ts CARTRIDGE [single|batch]');
const tape = await VirtualTape.open(file);
process.stdout.write('ready\n');
const perWrite = mode === 'batch' ? 8 : 1;
for (let i = 0; ; i += perWrite) {
  const bufs = Array.from({ length: perWrite }, (_, k) => record(i + k, crashRecordSize(i + k)));
  if (mode === 'batch') {
    const r = await tape.writeRecords(bufs);
    if (r.written !== bufs.length) throw new Error(`batch at record ${i}: only ${r.written} of ${bufs.length} written`);
  } else {
    await tape.write(bufs[0]!);
  }
  // stdout is a pipe, written synchronously on Linux: the line is out before the next write.
  process.stdout.write(`ack ${i + perWrite - 1}\n`);
}
