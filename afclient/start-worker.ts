// Starts a worker thread running one of afclient's modules. The build ships NAME.js; under tsx
// (tests, development) the sources are .ts, and Node 20 does not apply the parent's --import
// loader to worker threads, so the worker first registers tsx itself.
import { Worker } from 'node:worker_threads';

/** `base` is the caller's import.meta.url, `name` the module beside it without extension. */
export function startWorker(base: string, name: string, workerData: unknown): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), { workerData });
  const entry = new URL(`./${name}.ts`, base).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}
