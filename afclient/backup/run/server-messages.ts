// PrintServerMessages (-M): while a run goes on, what the server says about its drive is shown
// to the user, as afbackup's clients showed the server's operator messages. The server is asked
// on a connection of its own (afbackup asked the single-stream port, so the backup stream is
// never held up by it) for its streamer state; every change is one line. The protocol has no
// request for afbackup's free-text operator messages (GETCURMSG), so the drive state (ready,
// busy and for whom, how many clients wait, no cartridge loaded) is what is shown.
import { afwire, type ProtocolClient } from '../../../protocol/wire/index.js';
import { connectToServer } from '../../remote/connection.js';
import type { ClientConfig, ServerUnit } from '../client-config.js';

/** How often the server is asked while the run goes on. */
export const SERVER_MESSAGE_INTERVAL_MS = 5000;

export interface MessageWatch {
  /**
   * Ends the asking. A step under way is finished first (the connection, bounded by
   * MESSAGE_CONNECT_TIMEOUT_MS, and one answer), so even a short run shows the state once.
   */
  stop(): Promise<void>;
}

/** How long to try to reach the server for its messages. */
export const MESSAGE_CONNECT_TIMEOUT_MS = 5000;

/** The port -M names for this server (positional with BackupHosts), else the server's own. */
export function messagePort(config: ClientConfig, unit: ServerUnit): number {
  const index = config.servers.findIndex((s) => s.host === unit.host && s.port === unit.port);
  return config.printServerMessages?.ports[index] ?? unit.port;
}

/** Starts asking; `say` gets one line per change of state and one if the server cannot be asked. */
export function watchServerMessages(config: ClientConfig, unit: ServerUnit, say: (line: string) => void, intervalMs = SERVER_MESSAGE_INTERVAL_MS): MessageWatch {
  const port = messagePort(config, unit);
  const at = `server ${unit.host}:${port}`;
  let stopped = false;
  let wake: (() => void) | undefined;
  let last = '';
  const loop = async (): Promise<void> => {
    let client: ProtocolClient | undefined;
    try {
      client = (await connectToServer({ hosts: [unit.host], ports: [port], keyFile: config.encryptionKeyFile!, clientId: config.clientIdentifier, cartridgeSet: 0, timeoutMs: MESSAGE_CONNECT_TIMEOUT_MS })).client;
      for (;;) {
        const s = (await client.request({ queryStreamerState: {} })).streamerState;
        const text = `${afwire.StreamerState[s?.state ?? afwire.StreamerState.READY]}${s?.detail ? `: ${s.detail}` : ''}`;
        if (text !== last) say(`${at}: ${text}`);
        last = text;
        if (stopped) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, intervalMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        if (stopped) break;
      }
    } catch (e) {
      say(`${at}: its messages cannot be shown (${(e as Error).message}); the backup goes on`);
    } finally {
      client?.close();
    }
  };
  const done = loop();
  return {
    stop() {
      stopped = true;
      wake?.();
      return done;
    },
  };
}
