// The start of every backup on a cartridge (afclient -I, afrestore -E's tape scan): for each
// data tape file, block 0 is read and its tape file header returned. One block per tape file is
// read, whatever the size of the backups. Only the asking client's backups are listed.
import { openTapeFileForRead } from '../../drivers/layout/index.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import type { afwire } from '../../protocol/wire/index.js';
import type { ServerContext } from './context.js';

export async function listBackupHeaders(ctx: ServerContext, clientId: string, cartridge: number): Promise<afwire.IBackupHeader[]> {
  await ctx.mounter.mount(cartridge, 'read');
  const dev = ctx.mounter.drive;
  const found: afwire.IBackupHeader[] = [];
  for (let tapeFile = 1; ; tapeFile++) {
    // mount() leaves the tape at tape file 1; each later one is one filemark further
    try {
      const { header } = await openTapeFileForRead(dev);
      if (header && header.clientId === clientId && header.streamOffset === 0) {
        found.push({
          position: { cartridge, tapeFile },
          text: JSON.stringify({ ...header, time: header.time.toISOString() }),
        });
      }
    } catch (e) {
      if (isTapeError(e, 'EIO')) break; // end of data
      ctx.log.warn(`cartridge ${cartridge} tape file ${tapeFile}: ${(e as Error).message}`);
    }
    try {
      await dev.op('rewind');
      await dev.op('fsf', tapeFile + 1);
    } catch (e) {
      if (isTapeError(e, 'EIO')) break;
      throw e;
    }
  }
  return found;
}
