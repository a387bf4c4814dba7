// Reads server.conf into the settings afserver and its tools work with.
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfigFile } from '../../protocol/config/config.js';
import type { ServerKeyConfig } from '../../protocol/wire/auth.js';
import { parseBackupDevice, type BackupDevice } from './backup-device.js';
import { parseCartridgeSets, type CartridgeSet } from './cartridge-sets.js';
import { serverSchema } from './schema.js';
import { parseTapeCapacity, type TapeCapacity } from './tape-capacity.js';

export type { BackupDevice } from './backup-device.js';
export type { CartridgeSet } from './cartridge-sets.js';
export type { TapeCapacity } from './tape-capacity.js';

export interface ServerConfig {
  file: string;
  serverIdentifier: string;
  device: BackupDevice;
  blockSize: number;
  numberOfCartridges: number;
  cartridgeSets: CartridgeSet[];
  maxBytesPerFile: number;
  maxBytesPerTape: TapeCapacity;
  rejectUnlabeledTapes: boolean;
  varDirectory: string;
  keys: ServerKeyConfig;
  listenAddress: string;
  port: number;
  tls?: { certFile: string; keyFile: string; caFile?: string; requireClientCert: boolean };
  programDirectory?: string;
  userToInform: string;
  mailProgram?: string;
  loggingFile?: string;
  tapeFullCommand?: string;
  tapeBuffer: number;
  spoolDirectory?: string;
  maxClients: number;
}

/**
 * "Encryption-Key-File: /etc/afbackup/key  /etc/afbackup/hostA.key:hostA,hostB" — the first
 * file without a client list is the default key; the others serve the clients named.
 */
function parseKeyFiles(text: string | undefined, baseDir: string): ServerKeyConfig {
  if (text === undefined || text.trim() === '') {
    throw new Error("Encryption-Key-File is not set: every client proves itself with a shared key; create one with 'head -c 32 /dev/urandom | base64 > key; chmod 600 key' and name it here");
  }
  const clientKeyFiles = new Map<string, string>();
  let defaultKeyFile: string | undefined;
  for (const word of text.trim().split(/\s+/)) {
    const colon = word.indexOf(':');
    const file = path.resolve(baseDir, colon < 0 ? word : word.slice(0, colon));
    if (colon < 0) {
      if (defaultKeyFile) throw new Error(`Encryption-Key-File: only one key file may be without a client list (${defaultKeyFile} and ${file})`);
      defaultKeyFile = file;
    } else {
      for (const id of word.slice(colon + 1).split(',').filter(Boolean)) clientKeyFiles.set(id, file);
    }
  }
  return { ...(defaultKeyFile ? { defaultKeyFile } : {}), clientKeyFiles };
}

/** Loads and checks server.conf; every problem is a ConfigError line naming the file (and line). */
export async function loadServerConfig(file: string): Promise<ServerConfig> {
  const absolute = path.resolve(file);
  const baseDir = path.dirname(absolute);
  const varDefault = path.join(baseDir, 'var');
  const { values: v, lines } = await loadConfigFile(absolute, serverSchema, { patterns: { C: baseDir, V: varDefault } });
  const problem = (name: keyof typeof serverSchema, e: unknown): ConfigError =>
    new ConfigError([`${absolute}${lines[name] ? `:${lines[name]}` : ''}: ${(e as Error).message}`]);
  const attempt = <T>(name: keyof typeof serverSchema, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw problem(name, e);
    }
  };
  const certFile = v['TLS-Certificate-File'];
  const keyFile = v['TLS-Key-File'];
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw problem(certFile ? 'TLS-Certificate-File' : 'TLS-Key-File', new Error('TLS needs both TLS-Certificate-File and TLS-Key-File'));
  }
  const n = v['Number Of Cartridges'];
  return {
    file: absolute,
    serverIdentifier: v.ServerIdentifier ?? `${os.hostname()}:${absolute}`,
    device: attempt('Backup-Device', () => parseBackupDevice(v['Backup-Device'], baseDir)),
    blockSize: v['Tape-Blocksize'],
    numberOfCartridges: n,
    cartridgeSets: attempt('Cartridge-Sets', () => parseCartridgeSets(v['Cartridge-Sets'], n)),
    maxBytesPerFile: v['Max Bytes Per File'],
    maxBytesPerTape: attempt('Max Bytes Per Tape', () => parseTapeCapacity(v['Max Bytes Per Tape'], n)),
    rejectUnlabeledTapes: v['Reject Unlabeled Tapes'],
    varDirectory: path.resolve(baseDir, v['Var-Directory'] ?? varDefault),
    keys: attempt('Encryption-Key-File', () => parseKeyFiles(v['Encryption-Key-File'], baseDir)),
    listenAddress: v['Listen-Address'],
    port: v.Port,
    ...(certFile && keyFile
      ? {
          tls: {
            certFile: path.resolve(baseDir, certFile),
            keyFile: path.resolve(baseDir, keyFile),
            ...(v['TLS-CA-File'] ? { caFile: path.resolve(baseDir, v['TLS-CA-File']) } : {}),
            requireClientCert: v['TLS-Require-Client-Certificate'],
          },
        }
      : {}),
    ...(v['Program-Directory'] ? { programDirectory: path.resolve(baseDir, v['Program-Directory']) } : {}),
    userToInform: v['User To Inform'],
    ...(v['Mail-Program'] ? { mailProgram: v['Mail-Program'] } : {}),
    ...(v['Logging-File'] ? { loggingFile: v['Logging-File'] } : {}),
    ...(v['Tape-Full-Command'] ? { tapeFullCommand: v['Tape-Full-Command'] } : {}),
    tapeBuffer: v['Tape-Buffer'],
    ...(v['Spool-Directory'] ? { spoolDirectory: path.resolve(baseDir, v['Spool-Directory']) } : {}),
    maxClients: v['Max Clients'],
  };
}
