// "Cartridge-Sets: 1-5 7-9,12:hostA,hostB 6,10,11" — sets separated by blanks, each a list of
// cartridge numbers and ranges, optionally followed by ':' and the client ids allowed to use it.
// Without the parameter all cartridges form set 1, open to every client (afbackup's default).

export interface CartridgeSet {
  number: number;
  cartridges: number[];
  /** Client ids allowed to write and read this set; undefined = every authenticated client. */
  clients?: string[];
}

/** Parses "1-3,5,9-" style lists. An open range ends at `last`. */
export function parseNumberList(text: string, last: number, what: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d*))?$/.exec(part.trim());
    if (!m) throw new Error(`'${part}' in ${what} is not a number or a range like 3-5`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : m[2] === '' ? last : Number(m[2]);
    if (from < 1 || to > last || from > to) throw new Error(`${part} in ${what} is outside the cartridges 1-${last}`);
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

export function parseCartridgeSets(text: string | undefined, numberOfCartridges: number): CartridgeSet[] {
  const all = Array.from({ length: numberOfCartridges }, (_, i) => i + 1);
  if (text === undefined || text.trim() === '') return [{ number: 1, cartridges: all }];
  const seen = new Map<number, number>();
  return text
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const [list, access] = word.split(':', 2) as [string, string | undefined];
      const cartridges = parseNumberList(list, numberOfCartridges, `Cartridge-Sets set ${i + 1}`);
      for (const c of cartridges) {
        const other = seen.get(c);
        if (other !== undefined) throw new Error(`cartridge ${c} is in cartridge sets ${other} and ${i + 1}; a cartridge belongs to one set`);
        seen.set(c, i + 1);
      }
      const clients = access === undefined ? undefined : access.split(',').filter((s) => s !== '');
      return { number: i + 1, cartridges, ...(clients ? { clients } : {}) };
    });
}
