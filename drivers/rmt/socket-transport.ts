// rmt over a connected UNIX socket: QEMU's chardev for a guest's virtio-serial port, with the
// guest running `rmt-tar 0<>/dev/vport0p1 1>&0` in a loop. A server that dies in the guest does not
// close this socket (the guest just starts the next one): the death shows as a reply deadline or as
// EBADF from the fresh server, which has nothing open.

import { connect, type Socket } from 'node:net';
import { StreamTransport } from './transport.js';

export class SocketTransport extends StreamTransport {
  readonly description: string;
  protected readonly gone: Promise<void>;

  private constructor(
    private readonly socket: Socket,
    socketPath: string,
  ) {
    super(socket, socket);
    this.description = `socket ${socketPath}`;
    socket.on('error', (e: Error) => this.markClosed(`${this.description} failed: ${e.message}`));
    this.gone = new Promise((resolve) => {
      socket.on('close', () => {
        this.markClosed(`${this.description} was closed by the other end`);
        resolve();
      });
    });
  }

  static connect(socketPath: string, timeoutMs: number): Promise<SocketTransport> {
    return new Promise((resolve, reject) => {
      const socket = connect(socketPath);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`cannot connect to socket ${socketPath} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (e: Error) => {
        clearTimeout(timer);
        reject(new Error(`cannot connect to socket ${socketPath}: ${e.message}`));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new SocketTransport(socket, socketPath));
      });
    });
  }

  protected kill(): void {
    this.socket.destroy();
  }

  // QEMU's chardev does not pass a half-close on; only dropping the connection reaches the guest
  // (its port reads EOF), so there is no exit to wait for here.
  override async close(): Promise<void> {
    if (this.closedReason !== undefined) return;
    this.markClosed(`${this.description} was closed by this client`);
    await new Promise<void>((resolve) => this.socket.end(resolve));
    this.socket.destroy();
    await this.gone;
  }
}
