// update_indexes: forgets filelist entries on cartridges a server has reused. A cartridge is
// known reused when a run of this client started on it (its tape file header names the run)
// and a scan of the cartridge (ListBackupHeaders: one block per tape file) no longer finds
// that header there. Cartridges holding only continuations of runs started elsewhere cannot be
// checked this way and are kept. Afterwards every server is told the cartridges still needed.
import type { ProtocolClient } from '../../../protocol/wire/index.js';
import { connectToServer } from '../../remote/connection.js';
import type { ClientConfig } from '../client-config.js';
import { Filelist } from '../filelist/filelist.js';
import type { RunInfo } from '../filelist/types.js';
import { takeClientLock } from './client-lock.js';
import { sendPreciousTapes } from './precious.js';
import { runLabel } from './tape-sessions.js';

export interface UpdateResult {
  /** "host:port cartridge N: M entries dropped" per reused cartridge. */
  dropped: string[];
  problems: string[];
}

interface Header {
  kind?: string;
  metadata?: Record<string, string>;
}

/** The run start headers of this client on the cartridge, by tape file. */
async function startHeaders(client: ProtocolClient, cartridge: number): Promise<Map<number, Header>> {
  const list = (await client.request({ listBackupHeaders: { cartridge } })).headers?.headers ?? [];
  const out = new Map<number, Header>();
  for (const h of list) {
    try {
      out.set(h.position?.tapeFile ?? 0, JSON.parse(h.text ?? '{}') as Header);
    } catch {
      // an unreadable header is no proof of anything: that tape file is not counted
    }
  }
  return out;
}

function stillThere(run: RunInfo, headers: Map<number, Header>): boolean {
  const h = headers.get(run.first!.tapeFile);
  return h?.kind === 'archive' && h.metadata?.afbackupRun === runLabel(run.clientId, run.fullNumber, run.part, run.parts, run.level);
}

export async function updateIndexes(config: ClientConfig): Promise<UpdateResult> {
  const release = await takeClientLock(config.varDirectory);
  const fl = Filelist.open(config.varDirectory);
  const result: UpdateResult = { dropped: [], problems: [] };
  try {
    const runs = fl.runs().filter((r) => r.state !== 'running' && r.first);
    for (const unit of fl.preciousCartridges()) {
      let client: ProtocolClient;
      try {
        ({ client } = await connectToServer({ hosts: [unit.host], ports: [unit.port], keyFile: config.encryptionKeyFile ?? '', clientId: config.clientIdentifier, cartridgeSet: 0 }));
      } catch (e) {
        result.problems.push(`${(e as Error).message}; its cartridges were not checked`);
        continue;
      }
      try {
        for (const cartridge of unit.cartridges) {
          const started = runs.filter((r) => r.serverHost === unit.host && r.serverPort === unit.port && r.first!.cartridge === cartridge);
          if (started.length === 0) continue;
          let headers: Map<number, Header>;
          try {
            headers = await startHeaders(client, cartridge);
          } catch (e) {
            result.problems.push(`${unit.host}:${unit.port} cartridge ${cartridge}: cannot scan it (${(e as Error).message}); kept`);
            continue;
          }
          if (started.every((r) => stillThere(r, headers))) continue;
          const n = fl.dropEntriesOnCartridges({ host: unit.host, port: unit.port, cartridges: [cartridge] });
          result.dropped.push(`${unit.host}:${unit.port} cartridge ${cartridge}: reused by the server, ${n} entries dropped`);
        }
      } finally {
        client.close();
      }
    }
    try {
      const { client, host, port } = await connectToServer({ hosts: config.servers.map((s) => s.host), ports: config.servers.map((s) => s.port), keyFile: config.encryptionKeyFile ?? '', clientId: config.clientIdentifier, cartridgeSet: 0 });
      try {
        result.problems.push(...(await sendPreciousTapes(config, fl.preciousCartridges(), { client, unit: { host, port, cartridgeSet: 0 } })));
      } finally {
        client.close();
      }
    } catch (e) {
      result.problems.push(`PreciousTapes not sent: ${(e as Error).message}`);
    }
    return result;
  } finally {
    fl.close();
    await release();
  }
}
