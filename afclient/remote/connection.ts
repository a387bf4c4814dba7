// Connecting afclient to an afbackup server: the host list (afbackup's BackupHosts, tried in
// order until one answers), ports positional with the hosts, the key file, the client
// identifier and TLS. Failures become one message naming every host tried and what to do.
import fs from 'node:fs';
import { splitList } from '../../protocol/config/config.js';
import os from 'node:os';
import { DEFAULT_PORT, isProtocolError, ProtocolClient, type ClientTlsOptions, type WireLogger } from '../../protocol/wire/index.js';

export interface ServerOptions {
  /** Hosts in the order to try (afbackup's BackupHosts). */
  hosts: string[];
  /** Ports positional with the hosts; one port applies to all, a missing one is DEFAULT_PORT. */
  ports: number[];
  /** EncryptionKeyFile. */
  keyFile: string;
  /** ClientIdentifier (default: this host's name). */
  clientId?: string;
  /** Cartridge set (-S); 0 = the client's default set. */
  cartridgeSet: number;
  tls?: { enabled?: boolean; caFile?: string; certFile?: string; keyFile?: string };
  /** How long to wait for each host's connection and handshake. */
  timeoutMs?: number;
}

export interface RemoteSession {
  client: ProtocolClient;
  host: string;
  port: number;
}

export function parsePorts(text: string | undefined): number[] {
  if (text === undefined) return [];
  return splitList(text).map((p) => {
    const n = Number(p);
    if (!/^\d+$/.test(p) || n < 1 || n > 65535) throw new Error(`-p ${text}: '${p}' is not a port number (1 to 65535)`);
    return n;
  });
}

export function portOf(ports: readonly number[], index: number): number {
  if (ports.length === 1) return ports[0]!;
  return ports[index] ?? DEFAULT_PORT;
}

/** Errors of the wire layer's client only reach the user through the messages below. */
const quietLogger: WireLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function readTls(o: NonNullable<ServerOptions['tls']>): ClientTlsOptions {
  const read = (flag: string, file: string): Buffer => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      throw new Error(`${flag} ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  };
  if (Boolean(o.certFile) !== Boolean(o.keyFile)) throw new Error('--tls-cert and --tls-key go together: give both (the client certificate and its key) or neither');
  return {
    ...(o.caFile ? { ca: read('--tls-ca', o.caFile) } : {}),
    ...(o.certFile ? { cert: read('--tls-cert', o.certFile) } : {}),
    ...(o.keyFile ? { key: read('--tls-key', o.keyFile) } : {}),
  };
}

/** What went wrong with one host, for the user. */
function explain(e: unknown, host: string, port: number, tls: boolean): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = `${host}:${port}`;
  if (isProtocolError(e, 'AUTH_FAILED')) return `authentication failed at ${at}: check that the key file matches the server's (and the client identifier, -W)`;
  if (isProtocolError(e, 'CONNECTION_CLOSED')) {
    // OpenSSL's messages carry their reason between library and source file names
    const cause = (/SSL routines:[^:]*:([^:]+):/.exec(message)?.[1] ?? message.replace(/^cannot connect to \S+ port \d+: /, '')).trim();
    if (tls && /certificate|self.signed|ssl|tls|alert|ECONNRESET/i.test(cause)) {
      return `TLS with ${at} failed (${cause}): check --tls-ca (the CA of the server's certificate) and, if the server requires client certificates, --tls-cert and --tls-key`;
    }
    const code = /\b(E[A-Z]{3,})\b/.exec(cause)?.[1];
    if (code) return `cannot reach the server at ${at} (${code}); is afserver running?`;
    if (/no connection within/.test(cause)) return `cannot reach the server at ${at} (timed out); is afserver running, and is the host right?`;
    return `${at}: ${cause}`;
  }
  if (isProtocolError(e, 'TIMEOUT')) return `no answer from ${at} in time: is it an afbackup server, and is TLS configured on both sides or on neither?`;
  return `${at}: ${message}`;
}

/**
 * Connects to the first host of the list that answers and accepts the key. A key file that
 * cannot be used fails at once (no host would accept it); every other failure moves on to the
 * next host, and if none is left the error names each host and why it failed.
 */
export async function connectToServer(o: ServerOptions): Promise<RemoteSession> {
  if (o.hosts.length === 0) throw new Error('no server given: use -h HOST (several hosts may be listed, they are tried in order)');
  if (!o.keyFile) throw new Error("no key file given: use -k KEYFILE (the client's EncryptionKeyFile, matching the server's key for this client)");
  const tls = o.tls && (o.tls.enabled || o.tls.caFile || o.tls.certFile || o.tls.keyFile) ? readTls(o.tls) : undefined;
  const failures: string[] = [];
  for (const [i, host] of o.hosts.entries()) {
    const port = portOf(o.ports, i);
    try {
      const client = await ProtocolClient.connect({
        host,
        port,
        keyFile: o.keyFile,
        clientId: o.clientId ?? os.hostname(),
        logger: quietLogger,
        ...(tls ? { tls } : {}),
        ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
      });
      return { client, host, port };
    } catch (e) {
      if (isProtocolError(e, 'KEY_FILE') || isProtocolError(e, 'BAD_ARGUMENT')) throw new Error((e as Error).message);
      failures.push(explain(e, host, port, tls !== undefined));
    }
  }
  if (failures.length === 1) throw new Error(failures[0]);
  throw new Error(`no server available; tried ${failures.length} hosts:\n  ${failures.join("\n  ")}`);
}
