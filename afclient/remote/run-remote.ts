// afclient with -h: the archive modes and the queries against an afbackup server. The archive
// modes reuse afclient's own packing and reading (passed in as LocalModes), with the server's
// data stream in place of the archive file.
import type { Readable, Writable } from 'node:stream';
import type { WrittenEntry } from '../../protocol/archive/index.js';
import { connectToServer, type RemoteSession } from './connection.js';
import { EntrySpool } from './entry-spool.js';
import { positionPrefix } from './positions.js';
import { backupHeaders, currentPosition, nextWritePosition, remoteStart, sendClientMessage, streamerState } from './queries.js';
import { readSession } from './read-session.js';
import type { QueryMode, RemoteOptions } from './remote-args.js';
import { writeSession } from './write-session.js';

export type RemoteMode = 'create' | 'extract' | 'list' | 'compare' | QueryMode;

/** afclient's archive modes with the archive given as a sink or an input instead of -f. */
export interface LocalModes {
  /** -c: packs into `sink`, calling `onWritten` for each entry (ArchiveWriter's option). */
  create(sink: (chunk: Buffer) => Promise<void>, onWritten: ((e: WrittenEntry) => void) | undefined): Promise<void>;
  /** -x/-t/-d: reads the archive from `input` (starting mid-stream: skip leading garbage); returns -d's differences. */
  read(input: Readable): Promise<number>;
}

export interface RemoteOutcome {
  /** Differences found by -d (0 otherwise). */
  differences: number;
  /** -X: the exit status to leave with (the remote program's). */
  exitCode?: number;
}

/** Lines to standard output (or `out`), waiting when it is full. */
function lineWriter(out: Writable): (line: string) => Promise<void> {
  return (line) =>
    new Promise((resolve, reject) => {
      out.write(line + '\n', (err) => (err ? reject(err) : resolve()));
    });
}

const needs = (mode: RemoteMode, what: string): Error => new Error(`${modeFlag[mode]} with -h needs ${what}`);

const modeFlag: Record<RemoteMode, string> = {
  create: '-c',
  extract: '-x',
  list: '-t',
  compare: '-d',
  position: '-q',
  'write-position': '-Q',
  'streamer-state': '-w',
  headers: '-I',
  message: '-M',
  'remote-start': '-X',
};

/** Refuses option combinations that would be silently ignored, before connecting. */
export function checkRemoteMode(mode: RemoteMode, r: RemoteOptions): void {
  const reading = mode === 'extract' || mode === 'list' || mode === 'compare';
  if ((r.newTapeFile || r.newCartridge) && mode !== 'create') throw new Error(`-j and -G go with -c (they start the backup on a new tape file or cartridge), not with ${modeFlag[mode]}`);
  if (reading && r.cartridge === undefined) throw needs(mode, 'where to read: --cartridge N -F N (and optionally --block N --offset N)');
  if (mode === 'headers' && r.cartridge === undefined) throw needs(mode, 'the cartridge: --cartridge N');
  if (!reading && mode !== 'headers' && r.cartridge !== undefined) throw new Error(`--cartridge goes with -x, -t, -d or -I, not with ${modeFlag[mode]}`);
}

export async function runRemote(mode: RemoteMode, r: RemoteOptions, local: LocalModes, opts: { verbose: boolean; out?: Writable }): Promise<RemoteOutcome> {
  checkRemoteMode(mode, r);
  const out = opts.out ?? process.stdout;
  const print = lineWriter(out);
  const session = await connectToServer(r.server);
  try {
    const outcome = await serve(mode, r, local, session, { verbose: opts.verbose, out, print });
    await session.client.goodbye();
    return outcome;
  } catch (e) {
    session.client.close();
    throw e;
  }
}

async function serve(
  mode: RemoteMode,
  r: RemoteOptions,
  local: LocalModes,
  { client, host, port }: RemoteSession,
  o: { verbose: boolean; out: Writable; print: (line: string) => Promise<void> },
): Promise<RemoteOutcome> {
  const set = r.server.cartridgeSet;
  switch (mode) {
    case 'create': {
      const spool = o.verbose ? new EntrySpool() : undefined;
      try {
        const w = await writeSession(client, { cartridgeSet: set, newTapeFile: r.newTapeFile, newCartridge: r.newCartridge }, (sink) => local.create(sink, spool?.add));
        await spool?.replay(w.map, (loc, suffix) => o.print(`${positionPrefix(host, port, loc)}|${suffix}`));
      } finally {
        spool?.dispose();
      }
      return { differences: 0 };
    }
    case 'extract':
    case 'list':
    case 'compare': {
      const start = { cartridgeSet: set, cartridge: r.cartridge!, tapeFile: r.tapeFile, block: r.block, offsetInBlock: r.offsetInBlock };
      return { differences: await readSession(client, start, (input) => local.read(input)) };
    }
    case 'position':
      await o.print(await currentPosition(client));
      return { differences: 0 };
    case 'write-position':
      await o.print(await nextWritePosition(client, set));
      return { differences: 0 };
    case 'streamer-state': {
      const st = await streamerState(client);
      await o.print(st.state);
      if (st.detail) await o.print(st.detail);
      return { differences: 0 };
    }
    case 'headers':
      for (const line of await backupHeaders(client, r.cartridge!)) await o.print(line);
      return { differences: 0 };
    case 'message': {
      const answer = await sendClientMessage(client, r.message ?? '');
      if (answer) await o.print(answer);
      return { differences: 0 };
    }
    case 'remote-start': {
      const done = await remoteStart(client, r.command ?? '', o.out);
      return { differences: 0, exitCode: done.exitCode };
    }
  }
}
