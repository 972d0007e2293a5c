export { deleteQueueKeys } from './redis.js';
export { type SmtpSink, startSmtpSink } from './smtp-sink.js';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
export { startTestApi } from './test-api.js';
export { testConfig } from './test-config.js';
export { cloneTemplateDatabase, createEmptyDatabase, type TestDatabase } from './test-database.js';
export { sleep, waitFor } from './wait.js';
export { createWorker, createWorkerContext, startWorkerHttp } from './test-worker.js';
export { useWorkerTestEnvironment, type WorkerTestEnvironment } from './worker-environment.js';
