// A server storage stack on a small virtual library, for tests of the server's internals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createLibrary, openLibrary, type VirtualLibrary } from '../../drivers/library/index.js';
import { Catalog } from '../../afserver/catalog/index.js';
import type { Media } from '../../afserver/media/media.js';
import { Mounter } from '../../afserver/media/mounter.js';
import type { OperatorNotifier } from '../../afserver/media/operator.js';
import { CartridgeSource } from '../../afserver/stream/cartridge-source.js';

export interface Stack {
  dir: string;
  library: VirtualLibrary;
  catalog: Catalog;
  media: Media;
  mounter: Mounter;
  cartridges: CartridgeSource;
  messages: string[];
  log: pino.Logger;
  close(): Promise<void>;
}

export async function storageStack(o: { cartridges: number; capacityBytes: number; earlyWarningBytes: number; blockSize?: number }): Promise<Stack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-server-'));
  await createLibrary(path.join(dir, 'library'), {
    slots: o.cartridges,
    drives: 1,
    importExport: 1,
    cartridges: o.cartridges,
    capacityBytes: o.capacityBytes,
    earlyWarningBytes: o.earlyWarningBytes,
  });
  const library = await openLibrary(path.join(dir, 'library'));
  const media: Media = { name: 'test library', drive: library.drive(0), driveNumber: 0, changer: library.changer, close: () => library.close() };
  const catalog = Catalog.open(path.join(dir, 'var'));
  catalog.cartridges.define(
    Array.from({ length: o.cartridges }, (_, i) => i + 1),
    1,
  );
  const messages: string[] = [];
  const operator: OperatorNotifier = {
    async tell(subject, text) {
      messages.push(`${subject}: ${text}`);
    },
  };
  const log = pino({ level: 'silent' });
  const mounter = new Mounter(media, catalog, operator, { rejectUnlabeledTapes: false, blockSize: o.blockSize ?? 4096, programVersion: 'test' });
  const cartridges = new CartridgeSource(catalog, operator, log, { retryMs: 20, maxWaitMs: 200 });
  return {
    dir,
    library,
    catalog,
    media,
    mounter,
    cartridges,
    messages,
    log,
    async close() {
      await media.close();
      catalog.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
