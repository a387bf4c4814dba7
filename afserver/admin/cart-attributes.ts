// cart_ctl -a 4-5:r,6:!r,7:!f — sets and clears the read-only (r) and full (f) flags, afbackup's
// attribute syntax: comma-separated items, each a cartridge or range, a colon, an attribute
// with '!' in front to clear it.
import type { Catalog } from '../catalog/index.js';
import { parseNumberList } from '../config/cartridge-sets.js';
import { UsageError } from './cli.js';

export interface AttributeChange {
  cartridges: number[];
  attribute: 'read-only' | 'full';
  on: boolean;
}

export function parseAttributes(spec: string, numberOfCartridges: number): AttributeChange[] {
  if (spec.trim() === '') throw new UsageError('-a needs attributes to set, like 4-5:r,6:!r (r read-only, f full; ! clears), or -l -a to list them');
  return spec.split(',').map((item) => {
    const m = /^([^:]+):(!?)([a-z])$/.exec(item.trim());
    if (!m) throw new UsageError(`-a: '${item}' is not CARTRIDGES:ATTRIBUTE, like 4-5:r or 6:!f`);
    const attribute = m[3] === 'r' ? 'read-only' : m[3] === 'f' ? 'full' : undefined;
    if (!attribute) throw new UsageError(`-a: unknown attribute '${m[3]}' in '${item}': r is read-only, f is full (put ! in front to clear)`);
    let cartridges: number[];
    try {
      cartridges = parseNumberList(m[1]!, numberOfCartridges, '-a');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    return { cartridges, attribute, on: m[2] === '' };
  });
}

/** Applies all changes in one transaction and says what each cartridge is now. */
export function applyAttributes(catalog: Catalog, changes: AttributeChange[]): string {
  catalog.transaction(() => {
    for (const ch of changes) {
      if (ch.attribute === 'read-only') catalog.cartridges.setReadOnly(ch.cartridges, ch.on);
      else catalog.cartridges.setFull(ch.cartridges, ch.on);
    }
  });
  const touched = [...new Set(changes.flatMap((ch) => ch.cartridges))].sort((x, y) => x - y);
  return touched
    .map((n) => {
      const c = catalog.cartridges.require(n);
      return `cartridge ${n}: ${c.readOnly ? 'read-only' : 'writable'}, ${c.full ? 'full' : 'not full'}\n`;
    })
    .join('');
}
