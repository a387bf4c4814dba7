// afbackup's client messages (PreciousTapes:, ReuseTapes:, TapesReadOnly:, TapesReadWrite:,
// DeleteClient:) as typed requests. A client speaks for itself only: it can protect or release
// its own tapes and forget itself, never another client.
import type { afwire } from '../../protocol/wire/index.js';
import type { ServerContext } from './context.js';

export function handleClientMessage(ctx: ServerContext, clientId: string, m: afwire.IClientMessage): string {
  const { catalog } = ctx;
  const carts = (l: afwire.ICartridgeList | null | undefined): number[] => (l?.cartridges ?? []).map(Number);
  const known = (list: number[]): number[] => {
    for (const c of list) catalog.cartridges.require(c);
    return list;
  };
  if (m.preciousTapes) {
    catalog.precious.replace(clientId, known(carts(m.preciousTapes)));
    return `cartridges ${carts(m.preciousTapes).join(',') || '(none)'} are kept for ${clientId}`;
  }
  if (m.reuseTapes) {
    catalog.precious.release(clientId, carts(m.reuseTapes));
    return `${clientId} released cartridges ${carts(m.reuseTapes).join(',')}`;
  }
  if (m.tapesReadOnly) {
    catalog.cartridges.setReadOnly(known(carts(m.tapesReadOnly)), true);
    return `cartridges ${carts(m.tapesReadOnly).join(',')} are read-only`;
  }
  if (m.tapesReadWrite) {
    catalog.cartridges.setReadOnly(known(carts(m.tapesReadWrite)), false);
    return `cartridges ${carts(m.tapesReadWrite).join(',')} are writable again`;
  }
  if (m.deleteClient) {
    const target = m.deleteClient.clientId || clientId;
    if (target !== clientId) throw new Error(`a client may only delete itself; ${clientId} cannot delete ${target}`);
    catalog.precious.deleteClient(target);
    return `${target}'s tapes are no longer kept`;
  }
  throw new Error('empty client message');
}
