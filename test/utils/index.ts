export { deleteQueueKeys } from './redis.js';
export { type SmtpSink, startSmtpSink } from './smtp-sink.js';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
export { startTestApi } from './test-api.js';
export { testConfig } from './test-config.js';
export { cloneTemplateDatabase, createEmptyDatabase, type TestDatabase } from './test-database.js';
export { sleep, waitFor } from './wait.js';
export { createWorker, createWorkerContext, startWorkerHttp } from './test-worker.js';
export { useWorkerTestEnvironment, type WorkerTestEnvironment } from './worker-environment.js';
export { addMember, call, type CallResult, type SignedIn, signUp } from './http.js';
export {
  type ApiRoute,
  type ApiSurface,
  addTenantMember,
  allowedRoles,
  buildRequest,
  chooseIds,
  comparable,
  createTenant,
  describeCall,
  findMarkers,
  type FixtureObject,
  type IdSlot,
  idSlotsOf,
  isAllowed,
  kindOfField,
  kindOfPathParameter,
  loadApiSurface,
  type Member,
  passedValidation,
  type Population,
  populate,
  type ProbeRequest,
  reachedHandler,
  refusedIdsOnly,
  type ResourceFixture,
  resourceFixtures,
  send,
  type TenantOrg,
  tenantMarkers,
} from './tenancy-harness.js';
export { applyTo, insertCandidate, openJob } from './pipeline-fixtures.js';
