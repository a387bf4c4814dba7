// What every session handler shares: the configuration, the catalog, the drive and who holds it.
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';
import type { DriveLock } from '../drive-lock.js';
import type { Mounter } from '../media/mounter.js';
import type { CartridgeSource } from '../stream/cartridge-source.js';

export interface ServerContext {
  config: ServerConfig;
  catalog: Catalog;
  mounter: Mounter;
  cartridges: CartridgeSource;
  driveLock: DriveLock;
  log: Logger;
}

/** The cartridge sets this client may use (Cartridge-Sets access lists). */
export function mayUseSet(ctx: ServerContext, clientId: string, cartridgeSet: number): boolean {
  const set = ctx.config.cartridgeSets.find((s) => s.number === cartridgeSet);
  return set !== undefined && (set.clients === undefined || set.clients.includes(clientId));
}

/** The first set this client may use: what "the client's default set" (0) means. */
export function defaultSet(ctx: ServerContext, clientId: string): number | undefined {
  return ctx.config.cartridgeSets.find((s) => s.clients === undefined || s.clients.includes(clientId))?.number;
}
