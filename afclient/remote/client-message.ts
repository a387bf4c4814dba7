// afbackup's client messages (afclient -M) in their text form, turned into the typed
// ClientMessage of the protocol: "PreciousTapes: 1,2 5-7", "ReuseTapes: 3", "TapesReadOnly: 4",
// "TapesReadWrite: 4", "DeleteClient:" (this client) or "DeleteClient: ID".
import type { afwire } from '../../protocol/wire/index.js';

const MAX_CARTRIDGE = 16_777_215;

const LIST_KINDS = {
  PreciousTapes: 'preciousTapes',
  ReuseTapes: 'reuseTapes',
  TapesReadOnly: 'tapesReadOnly',
  TapesReadWrite: 'tapesReadWrite',
} as const;

/** A cartridge list like afbackup's: numbers and ranges separated by commas or blanks. */
export function parseCartridgeList(text: string, what: string): number[] {
  const out: number[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || from < 1 || to > MAX_CARTRIDGE || to < from) {
      throw new Error(`${what}: '${item}' is not a cartridge number or range (like 3 or 1-4; cartridges are 1 to ${MAX_CARTRIDGE})`);
    }
    for (let c = from; c <= to; c++) out.push(c);
  }
  return out;
}

export function parseClientMessage(text: string): afwire.IClientMessage {
  const colon = text.indexOf(':');
  const keyword = (colon < 0 ? text : text.slice(0, colon)).trim();
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (keyword === 'DeleteClient') return { deleteClient: { clientId: rest } };
  const kind = (LIST_KINDS as Record<string, (typeof LIST_KINDS)[keyof typeof LIST_KINDS]>)[keyword];
  if (colon < 0 || !kind) {
    throw new Error(`-M '${text}': not a client message; use one of ${[...Object.keys(LIST_KINDS), 'DeleteClient'].map((k) => `'${k}: ...'`).join(', ')}`);
  }
  const cartridges = parseCartridgeList(rest, `-M ${keyword}`);
  // An empty PreciousTapes list is meaningful (nothing is precious any more); the others need cartridges.
  if (cartridges.length === 0 && kind !== 'preciousTapes') throw new Error(`-M ${keyword}: name the cartridges, e.g. '${keyword}: 1,2'`);
  return { [kind]: { cartridges } };
}
