// cart_ctl -l: the cartridges of the catalog as a table with aligned columns.
import type { Catalog, Cartridge } from '../catalog/index.js';

interface Column {
  title: string;
  right?: boolean;
  value(c: Cartridge, neededBy: string[]): string;
}

/** Times in UTC to the minute, so the table reads the same on every host. */
const time = (ms: number | null): string => (ms === null ? '-' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));
const flag = (on: boolean): string => (on ? 'yes' : 'no');

const COLUMNS: Column[] = [
  { title: 'cartridge', right: true, value: (c) => String(c.number) },
  { title: 'set', right: true, value: (c) => String(c.cartridgeSet) },
  { title: 'barcode', value: (c) => c.barcode || '-' },
  { title: 'labelled (UTC)', value: (c) => time(c.labelTime) },
  { title: 'bytes', right: true, value: (c) => String(c.bytes) },
  { title: 'tape files', right: true, value: (c) => String(c.tapeFiles) },
  { title: 'full', value: (c) => flag(c.full) },
  { title: 'read-only', value: (c) => flag(c.readOnly) },
  { title: 'needed by', value: (_, neededBy) => (neededBy.length > 0 ? neededBy.join(',') : '-') },
  { title: 'last write (UTC)', value: (c) => time(c.lastWrite) },
];

/** With -a: how often each cartridge was written from the start, its block size, its comment. */
const ATTRIBUTE_COLUMNS: Column[] = [
  { title: 'uses', right: true, value: (c) => String(c.uses) },
  { title: 'block size', right: true, value: (c) => (c.blockSize === null ? '-' : String(c.blockSize)) },
  { title: 'secondary', right: true, value: (c) => (c.secondary ? String(c.secondary) : '-') },
  { title: 'comment', value: (c) => c.comment || '-' },
];

export function cartridgeTable(catalog: Catalog, withAttributes: boolean): string {
  const columns = withAttributes ? [...COLUMNS, ...ATTRIBUTE_COLUMNS] : COLUMNS;
  const rows = catalog.cartridges.list().map((c) => {
    const neededBy = catalog.precious.holders(c.number);
    return columns.map((col) => col.value(c, neededBy));
  });
  const widths = columns.map((col, i) => Math.max(col.title.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (columns[i]!.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd() + '\n';
  return line(columns.map((c) => c.title)) + rows.map(line).join('');
}
