// Starts a TypeScript worker thread: Node runs only JavaScript, so the loader the scripts run under
// is registered in the new thread first, then the worker module (workerData.entry) is imported.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
