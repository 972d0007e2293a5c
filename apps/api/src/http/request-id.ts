import type { IncomingMessage } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

const acceptableRequestId = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Keeps a well-formed `x-request-id` from a proxy (so a trace spans services), else makes one.
 * Stored on the raw request so the logger, which sees only the raw request, uses the same id.
 */
export function requestIdOf(raw: IncomingMessage & { requestId?: string }): string {
  if (raw.requestId) return raw.requestId;
  const header = raw.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  raw.requestId = candidate && acceptableRequestId.test(candidate) ? candidate : uuidv7();
  return raw.requestId;
}
