// PreciousTapes: after rotation, every server learns which of its cartridges the kept
// filelists still need, so it never overwrites them (afbackup sent this after each run). A
// server that cannot be reached is reported; its list is sent again after the next run.
import type { ProtocolClient } from '../../../protocol/wire/index.js';
import { connectToServer } from '../../remote/connection.js';
import type { ClientConfig, ServerUnit } from '../client-config.js';
import type { StorageUnitCartridges } from '../filelist/types.js';

async function tell(client: ProtocolClient, cartridges: number[]): Promise<void> {
  await client.request({ clientMessage: { preciousTapes: { cartridges } } });
}

/** Sends each server its list (the current one also an empty list); returns the problems. */
export async function sendPreciousTapes(config: ClientConfig, units: readonly StorageUnitCartridges[], current: { client: ProtocolClient; unit: ServerUnit }): Promise<string[]> {
  const problems: string[] = [];
  const lists = [...units];
  if (!lists.some((u) => u.host === current.unit.host && u.port === current.unit.port)) lists.push({ host: current.unit.host, port: current.unit.port, cartridges: [] });
  for (const u of lists) {
    const isCurrent = u.host === current.unit.host && u.port === current.unit.port;
    try {
      if (isCurrent) {
        try {
          await tell(current.client, u.cartridges);
          continue;
        } catch {
          // the run's connection is gone (a failed filelist copy closes it): connect anew
        }
      }
      const { client } = await connectToServer({ hosts: [u.host], ports: [u.port], keyFile: config.encryptionKeyFile ?? '', clientId: config.clientIdentifier, cartridgeSet: 0 });
      try {
        await tell(client, u.cartridges);
      } finally {
        client.close();
      }
    } catch (e) {
      problems.push(`cannot tell ${u.host}:${u.port} which cartridges are still needed (${(e as Error).message}); it is told again after the next run`);
    }
  }
  return problems;
}
