export { DomainError, type DomainErrorClass, defineDomainErrors, type FieldError, PlatformError } from './domain-error.js';
export {
  ApiResult,
  emailField,
  toFieldErrors,
  toOpenApiSchema,
  uuidParam,
  ValidBody,
  ValidParam,
  ValidQuery,
  ZodValidationPipe,
} from './validation.js';
export { createRedisConnection } from './redis-connection.js';
export { decodeCursor, decodeIdCursor, encodeCursor, type Page, pageSchema, paginationQueryShape, toPage } from './pagination.js';
export { Clock, FakeClock, SystemClock } from './clock.js';
export { ClockModule } from './clock.module.js';
