// afrestore -E: finds the minimum restore information without the client's help, in the tape
// file headers of the filelist copies (one block per tape file is read). Cartridges are given
// as afbackup's `3`, `3-5`, `3-5@host%port` or `@host%port`; without any, every configured
// server is scanned from cartridge 1 up to the one its cartridge set writes on now.
import type { ClientConfig } from '../afclient/backup/client-config.js';
import { formatMinInfo } from '../afclient/backup/min-restore-info.js';
import { filelistCopiesOn, type FilelistCopy } from './emergency.js';
import type { Connections } from './servers.js';
import { UsageError } from './context.js';

export interface ScanTarget {
  host: string;
  port: number;
  /** Undefined: 1 up to the cartridge the set writes on. */
  cartridges?: number[];
}

export interface FoundCopy extends FilelistCopy {
  host: string;
  port: number;
}

const SPEC = /^(?:(\d+)(?:-(\d+))?)?(?:@([^%@]+)(?:%(\d+))?)?$/;

export function parseScanTargets(specs: readonly string[], config: ClientConfig): ScanTarget[] {
  if (specs.length === 0) return config.servers.map((s) => ({ host: s.host, port: s.port }));
  return specs.map((spec) => {
    const m = SPEC.exec(spec);
    const from = m?.[1] !== undefined ? Number(m[1]) : undefined;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || spec === '' || (from !== undefined && (from < 1 || to! < from))) {
      throw new UsageError(`-E '${spec}': give cartridges as N, N-M, N-M@host%port or @host%port`);
    }
    const host = m[3] ?? config.servers[0]!.host;
    const port = m[4] !== undefined ? Number(m[4]) : (config.servers.find((s) => s.host === host)?.port ?? config.servers[0]!.port);
    return { host, port, ...(from !== undefined ? { cartridges: Array.from({ length: to! - from + 1 }, (_, i) => from + i) } : {}) };
  });
}

/** Every filelist copy of this client on the targets, oldest first. */
export async function scanTapes(targets: readonly ScanTarget[], connections: Connections, cartridgeSet: (host: string, port: number) => number): Promise<FoundCopy[]> {
  const found: FoundCopy[] = [];
  for (const t of targets) {
    const client = await connections.get(t.host, t.port);
    let cartridges = t.cartridges;
    if (!cartridges) {
      const at = (await client.request({ queryWritePosition: { cartridgeSet: cartridgeSet(t.host, t.port) } })).position?.cartridge ?? 0;
      cartridges = Array.from({ length: at }, (_, i) => i + 1);
    }
    for (const copy of await filelistCopiesOn(client, cartridges)) found.push({ ...copy, host: t.host, port: t.port });
  }
  return found.sort((a, b) => a.info.timeSec - b.info.timeSec);
}

/** -E -l: the information as StartupInfoProgram got it. */
export const foundLine = (c: FoundCopy): string => formatMinInfo(c.info);

/** -E -n: which backups are there. */
export function foundSummary(c: FoundCopy): string {
  const i = c.info;
  return `${c.host}%${c.port}!${c.cartridge}.${c.tapeFile}: client ${i.clientId}, backup of ${new Date(i.timeSec * 1000).toISOString()}, number ${i.fullNumber} part ${i.part}/${i.parts}, full backup starts at ${i.lastFull.cartridge}.${i.lastFull.tapeFile}`;
}
