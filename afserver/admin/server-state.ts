// The server's persistent state as afserver and the administration programs see it: the catalog
// under Var-Directory, with the cartridges of server.conf defined in it. Every program opens it
// through here, so a cartridge moved to another set in server.conf is in that set for all of them.
import { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';

export interface ServerState {
  catalog: Catalog;
}

export function openServerState(config: ServerConfig): ServerState {
  const catalog = Catalog.open(config.varDirectory);
  try {
    catalog.transaction(() => {
      for (const set of config.cartridgeSets) catalog.cartridges.define(set.cartridges, set.number);
    });
  } catch (e) {
    catalog.close();
    throw e;
  }
  return { catalog };
}
