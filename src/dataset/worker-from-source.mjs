/**
 * The worker module when the build runs from source (through tsx): Node 20's
 * worker threads do not inherit tsx's loader, so this plain module registers
 * it in the worker, then hands over to worker.ts. The package runs dist/worker.js.
 */
import { register } from 'tsx/esm/api';

register();
const { default: build } = await import(new URL('./worker.ts', import.meta.url).href);
export default build;
