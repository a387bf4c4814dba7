// The drive as the administration programs use it: the Media of server.conf and a Mounter on it,
// with the operator's messages on standard error. afserver may be running at the same time;
// when it holds the drive, the programs stop with one clear line instead of waiting.
import type { Label } from '../../drivers/layout/index.js';
import { cartridgePath } from '../../drivers/library/library-state.js';
import { cartridgeHolder } from '../../drivers/vtape/cartridge-lock.js';
import { programVersion } from '../../protocol/wire/version.js';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';
import { loadSlot, type Media } from '../media/media.js';
import { Mounter } from '../media/mounter.js';
import { openMedia } from '../media/open-media.js';
import type { OperatorNotifier } from '../media/operator.js';
import { DriveBusyError } from './cli.js';

export interface DriveAccess {
  media: Media;
  mounter: Mounter;
}

/** Messages meant for the operator go to the administrator running the program. */
function stderrOperator(program: string): OperatorNotifier {
  return {
    async tell(subject, text) {
      process.stderr.write(`${program}: ${subject}: ${text}\n`);
    },
  };
}

/**
 * In a virtual library every process has its own drive objects; a cartridge is inserted in the
 * drive of one of them. When the library says the drive is full but ours is empty, another
 * process (a running afserver) has the cartridge.
 */
async function checkNotHeldElsewhere(config: ServerConfig, media: Media): Promise<void> {
  if (config.device.kind !== 'library' || !media.changer) return;
  const drive = (await media.changer.status()).drives.find((d) => d.drive === media.driveNumber);
  if (!drive?.full || (await media.drive.status()).online) return;
  const pid = drive.volumeTag ? await cartridgeHolder(cartridgePath(config.device.folder, drive.volumeTag)) : null;
  if (pid !== null) throw new DriveBusyError(pid);
  throw new Error(
    `the cartridge ${drive.volumeTag ?? ''} in the drive of ${media.name} cannot be opened (is its file in ${config.device.folder}/cartridges missing or damaged?); restore the file, or take the cartridge out with cart_ctl -e`,
  );
}

/** Runs `fn` with the Media of server.conf and closes it afterwards (a virtual library's cartridge stays in its drive). */
export async function withMedia<T>(config: ServerConfig, fn: (media: Media) => Promise<T>): Promise<T> {
  const media = await openMedia(config);
  try {
    return await fn(media);
  } finally {
    await media.close();
  }
}

/** Like withMedia, for work on the drive: refuses when another process holds it, and adds a Mounter. */
export function withDrive<T>(
  program: string,
  config: ServerConfig,
  catalog: Catalog,
  fn: (d: DriveAccess) => Promise<T>,
  o: { blockSize?: number } = {},
): Promise<T> {
  return withMedia(config, async (media) => {
    await checkNotHeldElsewhere(config, media);
    const mounter = new Mounter(media, catalog, stderrOperator(program), {
      rejectUnlabeledTapes: config.rejectUnlabeledTapes,
      blockSize: o.blockSize ?? config.blockSize,
      programVersion: programVersion(),
    });
    return fn({ media, mounter });
  });
}

/** Loads `slot` when given; otherwise insists that the drive holds a cartridge. */
export async function loadOrRequire(media: Media, slot: number | undefined): Promise<void> {
  if (slot !== undefined) return loadSlot(media, slot);
  if (!media.changer) return;
  const drive = (await media.changer.status()).drives.find((d) => d.drive === media.driveNumber);
  if (!drive?.full) throw new Error(`the drive of ${media.name} is empty: name a slot to load with -s SLOT, or move a cartridge in with cart_ctl -m -C N`);
}

/** Remembers what a label read from tape says about one of this server's cartridges (its barcode above all). */
export function recordFoundLabel(catalog: Catalog, found: Label): void {
  if (!catalog.cartridges.get(found.cartridge) || found.barcode === '') return;
  catalog.cartridges.recordLabel(found.cartridge, {
    barcode: found.barcode,
    labelTime: found.labelTime.getTime(),
    blockSize: found.blockSize,
    comment: found.comment,
    ...(found.secondary ? { secondary: found.secondary } : {}),
  });
}
