// The command-line options of afclient's server modes, for the yargs parser of cli-args.ts:
// the option definitions to add, and the conversion of the parsed values into RemoteOptions.
import type { ServerOptions } from './connection.js';
import { splitList } from '../../protocol/config/config.js';
import { parsePorts } from './connection.js';

/** The requests that are not archive modes; each is one flag, like -c/-x/-t/-d. */
export const QUERY_MODES = {
  q: 'position',
  Q: 'write-position',
  w: 'streamer-state',
  I: 'headers',
  M: 'message',
  X: 'remote-start',
} as const;
export type QueryMode = (typeof QUERY_MODES)[keyof typeof QUERY_MODES];
export type QueryFlag = keyof typeof QUERY_MODES;

export const REMOTE_OPTIONS = {
  h: { alias: 'host', type: 'string', describe: 'afbackup server(s) to use, tried in order (blanks or commas between them)' },
  p: { alias: 'port', type: 'string', describe: 'server port(s), positional with the hosts (default 2988)' },
  k: { alias: 'key-file', type: 'string', describe: "key file (EncryptionKeyFile), matching the server's key for this client" },
  W: { alias: 'client-id', type: 'string', describe: 'client identifier (ClientIdentifier; default the host name)' },
  S: { alias: 'cartridge-set', type: 'number', describe: 'cartridge set (default: the first set this client may use)' },
  j: { alias: 'new-tape-file', type: 'boolean', describe: 'with -c: start a new tape file before writing' },
  G: { alias: 'new-cartridge', type: 'boolean', describe: 'with -c: continue on a new cartridge before writing' },
  cartridge: { type: 'number', describe: 'with -x/-t/-d/-I: the cartridge to read (afbackup: -C)' },
  F: { alias: 'tape-file', type: 'number', describe: 'with -x/-t/-d: the tape file to start reading at (default 1)' },
  block: { type: 'number', describe: 'with -x/-t/-d: the block of the tape file to start at (default 0)' },
  offset: { type: 'number', describe: 'with --block: the byte offset in that block (default 0)' },
  q: { alias: 'query-position', type: 'boolean', describe: 'print the current position of the drive: cartridge.tapefile' },
  Q: { alias: 'query-write-position', type: 'boolean', describe: 'print where the next backup of the cartridge set goes: cartridge.tapefile' },
  w: { alias: 'streamer-state', type: 'boolean', describe: 'print the streamer state (READY BUSY DEVINUSE UNAVAIL UNLOADED, +CHANGEABLE) and its detail' },
  I: { alias: 'backup-headers', type: 'boolean', describe: 'list the backups of this client starting on the cartridge (--cartridge N)' },
  M: { alias: 'message', type: 'string', describe: "send a client message: 'PreciousTapes: 1,2', 'ReuseTapes: 3', 'TapesReadOnly: 4', 'TapesReadWrite: 4', 'DeleteClient:'" },
  X: { alias: 'remote-start', type: 'string', describe: "run 'PROGRAM [ARGS]' from the server's Program-Directory; exits with its status" },
  tls: { type: 'boolean', describe: 'connect with TLS (implied by --tls-ca and --tls-cert)' },
  'tls-ca': { type: 'string', describe: "CA certificate (PEM) the server's certificate must chain to (connects with TLS)" },
  'tls-cert': { type: 'string', describe: 'client certificate (PEM) for servers that require one; with --tls-key' },
  'tls-key': { type: 'string', describe: 'key of the client certificate (PEM)' },
} as const;

/** The parsed values of REMOTE_OPTIONS (yargs' result, as far as these options go). */
export interface RemoteArgv {
  h?: string;
  p?: string;
  k?: string;
  W?: string;
  S?: number;
  j?: boolean;
  G?: boolean;
  cartridge?: number;
  F?: number;
  block?: number;
  offset?: number;
  M?: string;
  X?: string;
  tls?: boolean;
  'tls-ca'?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
}

export interface RemoteOptions {
  server: ServerOptions;
  newTapeFile: boolean;
  newCartridge: boolean;
  /** Where reading starts (-x/-t/-d) or the cartridge to scan (-I). */
  cartridge?: number;
  tapeFile: number;
  block: number;
  offsetInBlock: number;
  /** -M text. */
  message?: string;
  /** -X command. */
  command?: string;
}

/** The options that only make sense with -h; named in the error when -h is missing. */
const SERVER_ONLY: Array<[keyof RemoteArgv, string]> = [
  ['p', '-p'], ['k', '-k'], ['W', '-W'], ['S', '-S'], ['j', '-j'], ['G', '-G'], ['cartridge', '--cartridge'], ['F', '-F'],
  ['block', '--block'], ['offset', '--offset'], ['tls', '--tls'], ['tls-ca', '--tls-ca'], ['tls-cert', '--tls-cert'], ['tls-key', '--tls-key'],
];

const wholeNumber = (flag: string, v: number | undefined, min: number): number | undefined => {
  if (v === undefined) return undefined;
  if (!Number.isSafeInteger(v) || v < min) throw new Error(`${flag} ${v}: must be a whole number of at least ${min}`);
  return v;
};

/**
 * The server options given, or undefined without -h. Throws (a message for a usage error)
 * when a server-only option comes without -h or a value is unusable.
 */
export function remoteOptionsOf(a: RemoteArgv): RemoteOptions | undefined {
  if (a.h === undefined) {
    const stray = SERVER_ONLY.find(([k]) => a[k] !== undefined && a[k] !== false);
    if (stray) throw new Error(`${stray[1]} is for talking to an afbackup server: give the server with -h HOST`);
    return undefined;
  }
  const hosts = splitList(a.h);
  if (hosts.length === 0) throw new Error('-h needs a host name (several may be given, separated by blanks or commas)');
  if ((a.block !== undefined || a.offset !== undefined) && a.cartridge === undefined) throw new Error('--block and --offset need the cartridge and tape file: --cartridge N -F N');
  return {
    server: {
      hosts,
      ports: parsePorts(a.p),
      keyFile: a.k ?? '',
      ...(a.W !== undefined ? { clientId: a.W } : {}),
      cartridgeSet: wholeNumber('-S', a.S, 1) ?? 0,
      tls: { enabled: a.tls ?? false, ...(a['tls-ca'] ? { caFile: a['tls-ca'] } : {}), ...(a['tls-cert'] ? { certFile: a['tls-cert'] } : {}), ...(a['tls-key'] ? { keyFile: a['tls-key'] } : {}) },
    },
    newTapeFile: a.j ?? false,
    newCartridge: a.G ?? false,
    ...(a.cartridge !== undefined ? { cartridge: wholeNumber('--cartridge', a.cartridge, 1)! } : {}),
    tapeFile: wholeNumber('-F', a.F, 1) ?? 1,
    block: wholeNumber('--block', a.block, 0) ?? 0,
    offsetInBlock: wholeNumber('--offset', a.offset, 0) ?? 0,
    ...(a.M !== undefined ? { message: a.M } : {}),
    ...(a.X !== undefined ? { command: a.X } : {}),
  };
}
