// The remote tape driver: `host:/dev/nst0` the way GNU tar and dump reach it, through the rmt
// protocol over `ssh host /usr/sbin/rmt` (or any command speaking rmt on stdin/stdout), or over a
// connected UNIX socket such as a VM's virtio-serial port.

import { CommandTransport } from './command-transport.js';
import { RmtDrive, type RmtOpenMode } from './rmt-drive.js';
import type { RmtDialect, RmtSettle } from './session.js';
import { SocketTransport } from './socket-transport.js';
import type { RmtTransport } from './transport.js';

export { RmtDrive, openFlags, type RmtOpenMode } from './rmt-drive.js';
export type { RmtDialect, RmtTimeouts } from './session.js';

interface RmtCommonSpec {
  /** Remote device path, e.g. /dev/nst0. */
  device: string;
  /** 'read' opens O_RDONLY; 'write' (the default) opens O_RDWR|O_CREAT. Both add O_NONBLOCK. */
  flags?: RmtOpenMode;
  /** 'auto' (the default) probes with a request both dialects answer without exiting. */
  dialect?: RmtDialect | 'auto';
  /** Deadline for the reply to R, W and S, default 120 000 ms. */
  replyTimeoutMs?: number;
  /** Deadline for O, C and I (rewind, spacing), default 1 800 000 ms. */
  motionTimeoutMs?: number;
  /** Largest record read/write handles, default 262 144 bytes. */
  maxRecordBytes?: number;
  /** Overrides the name used in messages. */
  name?: string;
}

export interface RmtCommandSpec extends RmtCommonSpec {
  /** The command that runs an rmt server: ['ssh', '-T', 'host', '/usr/sbin/rmt'], ['/usr/sbin/rmt-tar']. */
  command: string[];
}

export interface RmtSocketSpec extends RmtCommonSpec {
  /** A UNIX socket whose peer is an rmt server. */
  socketPath: string;
}

export type RmtSpec = RmtCommandSpec | RmtSocketSpec;

const EXIT_GRACE_MS = 5000;
/** The guest loop restarts its server within 0.2 s; a live server answers the probe in milliseconds. */
const SOCKET_SETTLE: RmtSettle = { quietMs: 300, retryMs: 1000 };

/** Opens a remote drive. Rejects with TapeError (EIO when the server cannot be reached). */
export async function openRmtDrive(spec: RmtSpec): Promise<RmtDrive> {
  const replyMs = spec.replyTimeoutMs ?? 120_000;
  const motionMs = spec.motionTimeoutMs ?? 1_800_000;
  let connect: () => Promise<RmtTransport>;
  let via: string;
  let settle: RmtSettle | undefined;
  if ('command' in spec) {
    if (spec.command.length === 0) throw new TypeError('openRmtDrive: command is empty');
    const command = [...spec.command];
    connect = async () => new CommandTransport(command);
    via = command.join(' ');
  } else {
    const path = spec.socketPath;
    connect = () => SocketTransport.connect(path, replyMs);
    via = path;
    settle = SOCKET_SETTLE;
  }
  return RmtDrive.open({
    name: spec.name ?? `rmt:${spec.device} (via ${via})`,
    device: spec.device,
    mode: spec.flags ?? 'write',
    dialect: spec.dialect ?? 'auto',
    timeouts: { replyMs, motionMs },
    maxRecordBytes: spec.maxRecordBytes ?? 256 * 1024,
    exitGraceMs: EXIT_GRACE_MS,
    settle,
    connect,
  });
}
