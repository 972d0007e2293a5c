export { DomainError, type DomainErrorClass, defineDomainErrors, type FieldError, PlatformError } from './domain-error.js';
export { ApiResult, toFieldErrors, toOpenApiSchema, uuidParam, ValidBody, ValidParam, ValidQuery, ZodValidationPipe } from './validation.js';
