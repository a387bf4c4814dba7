// User and group names from /etc/passwd and /etc/group, read once. Names travel with the archive
// so that a restore on another host can map owners by name.
import fs from 'node:fs';

interface IdTable {
  byId: Map<number, string>;
  byName: Map<string, number>;
}

function readTable(file: string): IdTable {
  const table: IdTable = { byId: new Map(), byName: new Map() };
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return table; // no such database (minimal containers): owners stay numeric
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || f[0]!.startsWith('#')) continue;
    const id = Number(f[2]);
    if (!Number.isInteger(id)) continue;
    if (!table.byId.has(id)) table.byId.set(id, f[0]!);
    if (!table.byName.has(f[0]!)) table.byName.set(f[0]!, id);
  }
  return table;
}

let users: IdTable | undefined;
let groups: IdTable | undefined;
const passwd = (): IdTable => (users ??= readTable('/etc/passwd'));
const group = (): IdTable => (groups ??= readTable('/etc/group'));

export const userName = (uid: number): string => passwd().byId.get(uid) ?? '';
export const groupName = (gid: number): string => group().byId.get(gid) ?? '';

/** The local uid for an archived owner: by name when this host knows the name, else the number. */
export const localUid = (name: string, uid: number): number => (name ? passwd().byName.get(name) : undefined) ?? uid;
export const localGid = (name: string, gid: number): number => (name ? group().byName.get(name) : undefined) ?? gid;

/** A uid given as a number or a user name (option -o). */
export function parseUid(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return passwd().byName.get(text);
}
