// afrestore -E: finds the minimum restore information without the client's help, in the tape
// file headers of the filelist copies (one block per tape file is read). Cartridges are given
// as afbackup's `3`, `3-5`, `-2` (the cartridge written on now and the 2 before it), each
// optionally `@host%port`, or `@host%port` alone; without any, every configured server is
// scanned from cartridge 1 up to the one its cartridge set writes on now.
import type { ClientConfig } from '../afclient/backup/client-config.js';
import { formatMinInfo } from '../afclient/backup/min-restore-info.js';
import type { CartridgeCopies, FilelistCopy } from './emergency.js';
import { byTime, copyRun } from './copies-needed.js';
import { UsageError } from './context.js';

export interface ScanTarget {
  host: string;
  port: number;
  /** Undefined: 1 up to the cartridge the set writes on (or `recent` before it). */
  cartridges?: number[];
  /** `-k`: the cartridge the set writes on and the k before it. */
  recent?: number;
}

export interface FoundCopy extends FilelistCopy {
  host: string;
  port: number;
}

const SPEC = /^(?:(\d+)(?:-(\d+))?|-(\d+))?(?:@([^%@]+)(?:%(\d+))?)?$/;

export function parseScanTargets(specs: readonly string[], config: ClientConfig): ScanTarget[] {
  if (specs.length === 0) return config.servers.map((s) => ({ host: s.host, port: s.port }));
  return specs.map((spec) => {
    const m = SPEC.exec(spec);
    const from = m?.[1] !== undefined ? Number(m[1]) : undefined;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || spec === '' || (from !== undefined && (from < 1 || to! < from))) {
      throw new UsageError(`-E '${spec}': give cartridges as N, N-M, -K (the K+1 newest), each optionally with @host%port, or @host%port alone`);
    }
    const host = m[4] ?? config.servers[0]!.host;
    const port = m[5] !== undefined ? Number(m[5]) : (config.servers.find((s) => s.host === host)?.port ?? config.servers[0]!.port);
    return {
      host,
      port,
      ...(from !== undefined ? { cartridges: Array.from({ length: to! - from + 1 }, (_, i) => from + i) } : {}),
      ...(m[3] !== undefined ? { recent: Number(m[3]) } : {}),
    };
  });
}

/** Every filelist copy of this client on the targets, oldest first. `copies` asks one server's cartridges. */
export async function scanTapes(targets: readonly ScanTarget[], copies: (host: string, port: number) => Promise<CartridgeCopies>, writePosition: (host: string, port: number) => Promise<number>): Promise<FoundCopy[]> {
  const found: FoundCopy[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    let cartridges = t.cartridges;
    if (!cartridges) {
      const at = await writePosition(t.host, t.port);
      const from = Math.max(1, at - (t.recent ?? at));
      cartridges = Array.from({ length: Math.max(0, at - from + 1) }, (_, i) => from + i);
    }
    for (const copy of await (await copies(t.host, t.port)).on(cartridges)) {
      const key = `${t.host}%${t.port}!${copy.cartridge}.${copy.tapeFile}`;
      if (seen.has(key)) continue; // a cartridge named twice
      seen.add(key);
      found.push({ ...copy, host: t.host, port: t.port });
    }
  }
  return found.sort(byTime);
}

/** -E -l: the information as StartupInfoProgram got it. */
export const foundLine = (c: FoundCopy): string => formatMinInfo(c.info);

/** -E -n: which backups are there. */
export function foundSummary(c: FoundCopy): string {
  const i = c.info;
  return `${c.host}%${c.port}!${c.cartridge}.${c.tapeFile}: client ${i.clientId}, ${copyRun(c)}, started ${new Date(i.timeSec * 1000).toISOString()}, newest complete full backup starts at ${i.lastFull.cartridge}.${i.lastFull.tapeFile}`;
}
