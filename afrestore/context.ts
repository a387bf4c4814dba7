// What afrestore and afverify start from: the client configuration (-c), the acting user, the
// filelist in VarDirectory (-V, root only) and access to the servers it names (-W, -k: root only).
import fs from 'node:fs';
import path from 'node:path';
import { loadClientConfig, type ClientConfig } from '../afclient/backup/client-config.js';
import { Filelist, FILELIST_FILE } from '../afclient/backup/filelist/filelist.js';
import { actingUser, refuseForUser, type ActingUser } from './acting-user.js';
import type { NextRecord } from './read-plan.js';
import { Connections, serverAccess, type ServerAccess } from './servers.js';
import { UsageError } from '../protocol/config/command-line.js';

export const DEFAULT_CLIENT_CONF = '/etc/afbackup/client.conf';
/** Where afrestore -e rebuilds the filelist before it takes FILELIST_FILE's place. */
const REBUILD_FILE = `${FILELIST_FILE}.rebuilding`;

/** A command line the program cannot act on (exit status 2). */
export { UsageError };

/** Where a program's output goes and the environment it reads (SUDO_UID): the process's, or a test's. */
export interface ProgramIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Standard input as text, at most `limit` bytes (afrestore -e reads the minimum restore information). */
  stdin(limit: number): Promise<string>;
}

export const processIO: ProgramIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  async stdin(limit) {
    if (process.stdin.isTTY) process.stderr.write('afrestore: reading the minimum restore information from standard input; paste the line (or the mail holding it) and end with Ctrl-D\n');
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      parts.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > limit) throw new Error(`standard input is larger than ${limit} bytes; feed only the mail or file holding the minimum restore information`);
    }
    return Buffer.concat(parts).toString('utf8');
  },
};

export interface CommonOptions {
  configFile: string;
  varDirectory?: string;
  clientId?: string;
  keyFile?: string;
}

/** The configuration, the acting user and the servers: what afrestore -E -l/-n needs. */
export interface ServersContext {
  config: ClientConfig;
  user?: ActingUser;
  access: ServerAccess;
  connections: Connections;
  close(): Promise<void>;
}

export interface ProgramContext extends ServersContext {
  /** The filelist (during afrestore -e: the one being rebuilt). */
  readonly filelist: Filelist;
  nextRecord: NextRecord;
  /** afrestore -e: every copy is imported; the rebuilt filelist takes its place in VarDirectory. */
  rebuilt(): void;
  close(): Promise<void>;
}

/**
 * Acting for a user, the configuration names the filelist and the key that are used with
 * root's rights: it must be root's and writable by root only (afbackup's rule), or a user
 * could point afrestore at a filelist of their own making.
 */
function trustedConfig(file: string): void {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (st && (st.uid !== 0 || (st.mode & 0o022) !== 0)) throw new Error(`${file} is not owned by root or is writable by others; for a user afrestore only reads a configuration only root can change`);
}

/** The configuration (-c), the acting user, and access to the servers (-W, -k: root only). */
export async function openServers(o: CommonOptions, env: NodeJS.ProcessEnv): Promise<ServersContext> {
  const user = actingUser(env);
  if (user) trustedConfig(o.configFile);
  refuseForUser(user, o.varDirectory !== undefined, '-V', 'another VarDirectory holds other filelists');
  refuseForUser(user, o.clientId !== undefined, '-W', "another client identifier reads another client's backups");
  refuseForUser(user, o.keyFile !== undefined, '-k', 'the key file comes from the client configuration');
  const config = await loadClientConfig(o.configFile);
  const access = serverAccess(config, o.clientId ?? config.clientIdentifier, o.keyFile);
  const connections = new Connections(access);
  return { config, ...(user ? { user } : {}), access, connections, close: () => connections.closeAll() };
}

/**
 * The servers and the filelist in VarDirectory (-V, root only). `filelistUse`: 'existing' for
 * restores; 'rebuild' for afrestore -e, which makes a new one (one that already holds runs is
 * refused rather than mixed with the copies from tape).
 */
export async function openContext(o: CommonOptions, env: NodeJS.ProcessEnv, filelistUse: 'existing' | 'rebuild' = 'existing'): Promise<ProgramContext> {
  const rebuild = filelistUse === 'rebuild';
  const servers = await openServers(o, env);
  const varDirectory = path.resolve(o.varDirectory ?? servers.config.varDirectory);
  const file = path.join(varDirectory, FILELIST_FILE);
  if (!rebuild && !fs.existsSync(file)) throw new Error(`there is no filelist ${file}: nothing was backed up with ${servers.config.file} yet (or VarDirectory was lost: see afrestore -e)`);
  if (rebuild && fs.existsSync(file)) {
    const existing = Filelist.open(varDirectory);
    const held = existing.runs().length;
    existing.close();
    if (held > 0) throw new Error(`${file} already holds ${held} backup run(s); afrestore -e rebuilds a lost filelist: move this one away first (or restore from it without -e)`);
  }
  // A rebuild fills a file of its own that becomes the filelist only once every copy is in:
  // one that fails half-way leaves no half filelist that a second try would refuse.
  const staging = path.join(varDirectory, REBUILD_FILE);
  if (rebuild) removeDatabase(staging);
  let filelist = rebuild ? Filelist.open(varDirectory, REBUILD_FILE) : Filelist.open(varDirectory);
  return {
    ...servers,
    get filelist() {
      return filelist;
    },
    nextRecord: (runId, offset) => filelist.nextRecordOffset(runId, offset),
    rebuilt() {
      if (!rebuild) throw new Error('the filelist was not being rebuilt');
      filelist.close();
      removeDatabase(file); // it held no run (checked above)
      fs.renameSync(staging, file);
      filelist = Filelist.open(varDirectory);
    },
    async close() {
      await servers.close();
      filelist.close();
      if (rebuild) removeDatabase(staging);
    },
  };
}

/** A database file with its write-ahead log and shared memory file, which belong to it alone. */
function removeDatabase(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
