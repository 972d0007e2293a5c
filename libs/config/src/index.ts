export {
  type AppConfig,
  type ConfigKey,
  configDocumentation,
  configSchema,
  configVariableNames,
  sensitiveConfigKeys,
} from './config.schema.js';
export { ConfigValidationError, describeConfig, loadConfig } from './load-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
export { API_NODE_FLAGS } from './node-flags.js';
