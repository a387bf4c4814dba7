// Garbage collection for processes that move streams through sockets.
//
// Every socket read gets a fresh 64 KiB buffer, so a process receiving a stream allocates as many
// buffer bytes as it receives. V8 counts buffer memory allocated since its last full collection
// against the old generation's limit, and a heap as small as afserver's (about 10 MiB) leaves
// less room below that limit than the young buffers it lets pile up before a young collection
// frees them (32 MiB): with incremental marking, each 10 to 16 MiB received started a full
// mark-compact, 40 to 60 per GB, a third of the server's CPU. Without it, a full collection
// happens only when the heap really runs out of room (an atomic one, a few milliseconds for
// such a heap); the dead buffers are still freed by the young collections as before.
import v8 from 'node:v8';

let tuned = false;

/** Turns V8's incremental marking off for this process (once; later calls do nothing). */
export function tuneGarbageCollectorForStreams(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString('--no-incremental-marking');
}
