// Large socket reads for the server's plain TCP connections. Node reads a socket 64 KiB at a time
// into a fresh buffer: at backup speed that is 16,000 reads per GB, each a system call that also
// sends the peer a TCP window update, and 1 GB of buffers for the garbage collector. Reads of up
// to READ_SIZE bytes into one buffer lent to the connection (net.Socket's `onread`) cost a third
// of the kernel time and nothing to the collector.
//
// Node offers `onread` only to sockets it is given at construction, not to those a net.Server
// accepts; the accepted socket's handle (`_handle`, unchanged since Node 0.x) is therefore moved
// into a socket made with it. The buffer is shared by all connections: a read fills it and its
// callback runs at once on this thread, and the connection copies out what it keeps before
// returning, so no read can overwrite bytes still in use.
import net from 'node:net';

/** Largest single read. */
export const READ_SIZE = 1024 * 1024;

let shared: Buffer | undefined;

interface HandleHolder {
  _handle: { readStart?: unknown; useUserBuffer?: unknown } | null;
}

/**
 * Re-makes a socket just accepted by a server created with `pauseOnConnect` so that each read
 * goes to `onBytes`, lent (valid only during the call); `onBytes` returns false to stop reading
 * until socket.resume(). Returns undefined, leaving `accepted` as it is, when the socket has no
 * handle this can take over (a future Node); the caller then reads it the ordinary way.
 */
export function withLargeReads(accepted: net.Socket, onBytes: (chunk: Buffer) => boolean): net.Socket | undefined {
  const holder = accepted as unknown as HandleHolder;
  const handle = holder._handle;
  if (!handle || typeof handle.readStart !== 'function' || typeof handle.useUserBuffer !== 'function') return undefined;
  shared ??= Buffer.allocUnsafeSlow(READ_SIZE);
  const options = {
    handle,
    readable: true,
    writable: true,
    onread: { buffer: shared, callback: (n: number, buf: Uint8Array) => onBytes(Buffer.from(buf.buffer, buf.byteOffset, n)) },
  };
  let socket: net.Socket;
  try {
    socket = new net.Socket(options as net.SocketConstructorOpts);
  } catch {
    return undefined; // the handle is still the accepted socket's
  }
  // The accepted socket stays the server's record of the connection (server.close() waits for
  // it): without its handle it closes nothing, and it is destroyed once ours has closed.
  holder._handle = null;
  socket.once('close', () => accepted.destroy());
  return socket;
}
