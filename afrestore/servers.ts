// The servers a restore reads from: one connection per server (host, port) named in the
// filelist, opened when first needed with the client's key and identifier, and dropped after a
// failed read so the next read starts on a clean connection.
import type { ClientConfig } from '../afclient/backup/client-config.js';
import { connectToServer } from '../afclient/remote/connection.js';
import type { ProtocolClient } from '../protocol/wire/index.js';

export interface ServerAccess {
  keyFile: string;
  clientId: string;
  /** The cartridge set configured for a server (0: the client's default set there). */
  cartridgeSet(host: string, port: number): number;
}

export function serverAccess(config: ClientConfig, clientId: string, keyFile?: string): ServerAccess {
  const key = keyFile ?? config.encryptionKeyFile;
  if (!key) throw new Error(`${config.file}: EncryptionKeyFile is not set; afrestore needs the client's key to read from the servers`);
  return {
    keyFile: key,
    clientId,
    cartridgeSet: (host, port) => config.servers.find((s) => s.host === host && s.port === port)?.cartridgeSet ?? 0,
  };
}

export class Connections {
  private readonly open = new Map<string, ProtocolClient>();

  constructor(private readonly access: ServerAccess) {}

  async get(host: string, port: number): Promise<ProtocolClient> {
    const key = `${host}%${port}`;
    let client = this.open.get(key);
    if (!client) {
      ({ client } = await connectToServer({ hosts: [host], ports: [port], keyFile: this.access.keyFile, clientId: this.access.clientId, cartridgeSet: 0 }));
      this.open.set(key, client);
    }
    return client;
  }

  /** After a failed read: the connection may be out of step. */
  drop(host: string, port: number): void {
    const key = `${host}%${port}`;
    this.open.get(key)?.close();
    this.open.delete(key);
  }

  async closeAll(): Promise<void> {
    for (const client of this.open.values()) await client.goodbye().catch(() => client.close());
    this.open.clear();
  }
}
