/**
 * Request samples generated from the OpenAPI document: the smallest body (or query) that the
 * route's own zod schema accepts, so a generic probe reaches the handler instead of stopping at
 * validation. Precedence for a value: an `override` (real ids for `<kind>Id` fields), then the
 * schema's `example` / `examples`, `const`, the first `enum` value, `default`, and last a value
 * built from the type and its constraints (formats, lengths, ranges, item counts).
 *
 * When a field cannot be sampled (a `pattern` no generic value satisfies, say), the generator
 * throws naming the field: give the schema a `.meta({ example })` rather than teaching this file
 * about one route.
 */

/** The subset of JSON Schema (OpenAPI 3.0 flavour, as zod writes it) the generator understands. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[] | Record<string, { value?: unknown }>;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  [keyword: string]: unknown;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

export interface SampleOptions {
  /** Also fill optional properties and query parameters (default: only the required ones). */
  optional?: boolean;
  /**
   * A value for a named property or query parameter, consulted before the schema (required or
   * not). Return `undefined` to let the schema decide; any other value is used as is, and makes an
   * optional property present.
   */
  override?: (name: string, schema: JsonSchema) => unknown;
  /** The OpenAPI document, to resolve `#/components/schemas/…` references. */
  document?: { components?: { schemas?: Record<string, JsonSchema> } };
}

/** Fixed, valid values per string format (zod's own patterns accept each of them). */
export const formatSamples: Readonly<Record<string, string>> = {
  email: 'sample@example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  'date-time': '2030-01-15T09:30:00.000Z',
  date: '2030-01-15',
  time: '09:30:00',
  duration: 'PT30M',
  uri: 'https://example.com/sample',
  url: 'https://example.com/sample',
  hostname: 'example.com',
  ipv4: '192.0.2.10',
  ipv6: '2001:db8::10',
  cuid: 'cjld2cjxh0000qzrmn831i7rn',
  base64: 'c2FtcGxl',
};

const MAX_DEPTH = 12;

/** A value the schema accepts. */
export function sampleFromSchema(schema: JsonSchema, options: SampleOptions = {}, path = '$'): unknown {
  return sample(schema, options, path, 0);
}

interface OperationWithBody {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** A JSON request body for an operation, or `undefined` when it takes none. */
export function sampleRequestBody(operation: OperationWithBody, options: SampleOptions = {}): unknown {
  const content = operation.requestBody?.content;
  if (!content) return undefined;
  const json = content['application/json'];
  if (!json) throw new Error(`No sample for a request body of type ${Object.keys(content).join(', ')}: only application/json is generated`);
  return json.schema ? sampleFromSchema(json.schema, options, 'body') : {};
}

/** The content of every sample file: plain UTF-8 text, the one file type an upload is likeliest to take. */
export const sampleFileContent = 'Sample file written by the API probes.\n';

/**
 * A request body ready to send: JSON (the object itself), or `multipart/form-data` encoded, its
 * `format: binary` fields as small UTF-8 text files. `undefined` when the operation takes none.
 */
export function sampleRequestPayload(
  operation: OperationWithBody,
  options: SampleOptions = {},
): { payload: unknown; headers: Record<string, string> } | undefined {
  const content = operation.requestBody?.content;
  if (!content) return undefined;
  if (content['application/json']) return { payload: sampleRequestBody(operation, options), headers: {} };
  const form = content['multipart/form-data'];
  if (!form)
    throw new Error(
      `No sample for a request body of type ${Object.keys(content).join(', ')}: only JSON and multipart/form-data are generated`,
    );
  const boundary = 'hp-sample-boundary';
  const schema = form.schema ?? {};
  const required = new Set(schema.required ?? []);
  const parts: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (!required.has(name) && !options.optional) continue;
    const disposition = `Content-Disposition: form-data; name="${name}"`;
    if (property.format === 'binary' || property.format === 'byte') {
      parts.push(`${disposition}; filename="sample.txt"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${sampleFileContent}`);
    } else {
      const value = sampleFromSchema(property, options, `body.${name}`);
      parts.push(`${disposition}\r\n\r\n${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
  }
  const payload = `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Query parameters as strings: the required ones, plus optional ones when asked or overridden. */
export function sampleQuery(parameters: readonly OpenApiParameter[] = [], options: SampleOptions = {}): URLSearchParams {
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    if (parameter.in !== 'query') continue;
    const schema = parameter.schema ?? {};
    const overridden = options.override?.(parameter.name, schema);
    if (overridden === undefined && !parameter.required && !options.optional) continue;
    const value =
      overridden !== undefined
        ? overridden
        : parameter.example !== undefined
          ? parameter.example
          : sampleFromSchema(schema, options, `query.${parameter.name}`);
    for (const item of [value].flat()) query.append(parameter.name, typeof item === 'string' ? item : JSON.stringify(item));
  }
  return query;
}

function sample(input: JsonSchema, options: SampleOptions, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Error(`Schema at ${path} nests deeper than ${MAX_DEPTH} levels (a recursive $ref?)`);
  const schema = resolve(input, options, path);
  const given = givenValue(schema);
  if (given.found) return given.value;

  const choices = schema.oneOf ?? schema.anyOf;
  if (choices?.length) {
    // The first branch that is not merely `null`, so a nullable union still carries a value.
    const branch = choices.find((choice) => !isNullOnly(resolve(choice, options, path))) ?? choices[0]!;
    return sample(branch, options, path, depth + 1);
  }
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part) => sample(part, options, path, depth + 1));
    return parts.every(isPlainObject) ? Object.assign({}, ...parts) : parts.at(-1);
  }

  switch (typeOf(schema)) {
    case 'object':
      return sampleObject(schema, options, path, depth);
    case 'array':
      return sampleArray(schema, options, path, depth);
    case 'string':
      return sampleString(schema, path);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      // `{}`: any value is accepted.
      return 'sample';
  }
}

function resolve(schema: JsonSchema, options: SampleOptions, path: string): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref; hops++) {
    const match = /^#\/components\/schemas\/(.+)$/.exec(current.$ref);
    const target = match ? options.document?.components?.schemas?.[decodeURIComponent(match[1]!)] : undefined;
    if (!target || hops > MAX_DEPTH) throw new Error(`Cannot resolve ${current.$ref} at ${path}`);
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

function givenValue(schema: JsonSchema): { found: true; value: unknown } | { found: false } {
  if (schema.example !== undefined) return { found: true, value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length) return { found: true, value: schema.examples[0] };
  if (schema.examples && !Array.isArray(schema.examples)) {
    const first = Object.values(schema.examples)[0];
    if (first?.value !== undefined) return { found: true, value: first.value };
  }
  if (schema.const !== undefined) return { found: true, value: schema.const };
  if (isNullOnly(schema)) return { found: true, value: null };
  const firstEnum = schema.enum?.find((value) => value !== null);
  if (firstEnum !== undefined) return { found: true, value: firstEnum };
  if (schema.default !== undefined) return { found: true, value: schema.default };
  return { found: false };
}

/** `null` and nothing else: `{ type: 'null' }`, or OpenAPI 3.0's `{ nullable: true, enum: [null] }`. */
function isNullOnly(schema: JsonSchema): boolean {
  return schema.type === 'null' || (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((value) => value === null));
}

/** The schema's type; `['string', 'null']` (3.1) and `nullable` (3.0) both yield the non-null type. */
function typeOf(schema: JsonSchema): string | undefined {
  const types = [schema.type ?? []].flat();
  const type = types.find((candidate) => candidate !== 'null') ?? types[0];
  if (type) return type;
  if (schema.properties || schema.additionalProperties !== undefined) return 'object';
  if (schema.items || schema.prefixItems) return 'array';
  return undefined;
}

function sampleObject(schema: JsonSchema, options: SampleOptions, path: string, depth: number): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const overridden = options.override?.(name, resolve(property, options, `${path}.${name}`));
    if (overridden !== undefined) {
      result[name] = overridden;
    } else if (required.has(name) || options.optional) {
      result[name] = sample(property, options, `${path}.${name}`, depth + 1);
    }
  }
  return result;
}

function sampleArray(schema: JsonSchema, options: SampleOptions, path: string, depth: number): unknown[] {
  const count = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? Number.POSITIVE_INFINITY);
  const tuple = schema.prefixItems ?? (Array.isArray(schema.items) ? schema.items : undefined);
  if (tuple) return tuple.map((item, index) => sample(item, options, `${path}[${index}]`, depth + 1));
  const item = resolve((schema.items as JsonSchema | undefined) ?? {}, options, `${path}[]`);
  // Distinct items when they must be: the enum's values in turn, else numbered strings or numbers.
  if (schema.uniqueItems && count > 1) {
    if (item.enum) {
      if (item.enum.length < count) throw new Error(`${path} needs ${count} unique items but its enum has ${item.enum.length}`);
      return item.enum.slice(0, count);
    }
    return Array.from({ length: count }, (_, index) => {
      const value = sample(item, options, `${path}[${index}]`, depth + 1);
      if (typeof value === 'string') return distinctString(value, index);
      if (typeof value === 'number') return value + index * (item.multipleOf ?? 1);
      return value;
    });
  }
  return Array.from({ length: count }, (_, index) => sample(item, options, `${path}[${index}]`, depth + 1));
}

function sampleString(schema: JsonSchema, path: string): string {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Number.POSITIVE_INFINITY;
  let value = (schema.format && formatSamples[schema.format]) ?? 'sample';
  if (value === 'sample') {
    if (value.length < minLength) value = value.padEnd(minLength, 'x');
    if (value.length > maxLength) value = value.slice(0, maxLength);
  }
  if (value.length < minLength || value.length > maxLength) {
    throw new Error(
      `No sample for ${path}: format ${schema.format} does not fit length ${minLength}–${maxLength}; add .meta({ example }) to its schema`,
    );
  }
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    throw new Error(`No sample for ${path}: "${value}" does not match /${schema.pattern}/; add .meta({ example }) to its schema`);
  }
  return value;
}

function sampleNumber(schema: JsonSchema, integer: boolean): number {
  const step = schema.multipleOf ?? (integer ? 1 : 0.5);
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 as numbers.
  const low =
    typeof schema.exclusiveMinimum === 'number'
      ? schema.exclusiveMinimum + step
      : schema.minimum !== undefined
        ? schema.minimum + (schema.exclusiveMinimum === true ? step : 0)
        : undefined;
  const high =
    typeof schema.exclusiveMaximum === 'number'
      ? schema.exclusiveMaximum - step
      : schema.maximum !== undefined
        ? schema.maximum - (schema.exclusiveMaximum === true ? step : 0)
        : undefined;
  let value = Math.max(1, low ?? 1);
  if (high !== undefined && value > high) value = low ?? high;
  // Round up to the next multiple of the step, within bounds when possible.
  if (schema.multipleOf || integer) value = Math.ceil(value / step) * step;
  return value;
}

/** The `index`-th variant of a sample string, keeping its format (a UUID stays a UUID, an email an email). */
function distinctString(value: string, index: number): string {
  if (index === 0) return value;
  const suffix = String(index);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return value.slice(0, -suffix.length) + suffix;
  if (value.includes('@')) return `${suffix}${value}`;
  return `${value}${suffix}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
