/**
 * The worker module when the build runs from source (through tsx): Node 20's
 * worker threads do not inherit tsx's loader, so this plain module registers
 * it in the worker, then loads worker.ts, which starts on its `workerData`.
 * The package runs dist/worker.js.
 */
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
