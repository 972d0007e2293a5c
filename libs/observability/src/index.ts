export { checkReadiness, type DependencyCheck, type ReadinessReport } from './health.js';
export { loggerOptions, redactedLogPaths } from './logging.js';
export { httpLatencyBuckets, MetricsRegistry } from './metrics.js';
export { ObservabilityModule } from './observability.module.js';
