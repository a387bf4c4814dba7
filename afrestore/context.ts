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

export interface ProgramContext {
  config: ClientConfig;
  user?: ActingUser;
  filelist: Filelist;
  access: ServerAccess;
  connections: Connections;
  nextRecord: NextRecord;
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

/**
 * `filelist`: 'existing' for restores; 'rebuild' for afrestore -e, which makes a new one (one
 * that already holds runs is refused rather than mixed with the copies from tape); 'any' for
 * afrestore -E -l/-n, which do not use it.
 */
export async function openContext(o: CommonOptions, env: NodeJS.ProcessEnv, filelistUse: 'existing' | 'rebuild' | 'any' = 'existing'): Promise<ProgramContext> {
  const rebuild = filelistUse === 'rebuild';
  const user = actingUser(env);
  if (user) trustedConfig(o.configFile);
  refuseForUser(user, o.varDirectory !== undefined, '-V', 'another VarDirectory holds other filelists');
  refuseForUser(user, o.clientId !== undefined, '-W', "another client identifier reads another client's backups");
  refuseForUser(user, o.keyFile !== undefined, '-k', 'the key file comes from the client configuration');
  const config = await loadClientConfig(o.configFile);
  const varDirectory = path.resolve(o.varDirectory ?? config.varDirectory);
  const file = path.join(varDirectory, FILELIST_FILE);
  if (filelistUse === 'existing' && !fs.existsSync(file)) throw new Error(`there is no filelist ${file}: nothing was backed up with ${config.file} yet (or VarDirectory was lost: see afrestore -e)`);
  const filelist = Filelist.open(varDirectory);
  const held = rebuild ? filelist.runs().length : 0;
  if (held > 0) {
    filelist.close();
    throw new Error(`${file} already holds ${held} backup run(s); afrestore -e rebuilds a lost filelist: move this one away first (or restore from it without -e)`);
  }
  const access = serverAccess(config, o.clientId ?? config.clientIdentifier, o.keyFile);
  const connections = new Connections(access);
  return {
    config,
    ...(user ? { user } : {}),
    filelist,
    access,
    connections,
    nextRecord: (runId, offset) => filelist.nextRecordOffset(runId, offset),
    async close() {
      await connections.closeAll();
      filelist.close();
    },
  };
}
