export { createWorker, createWorkerContext } from '../../apps/worker/src/create-worker.js';
export { startWorkerHttp } from '../../apps/worker/src/worker-http.js';
