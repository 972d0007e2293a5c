import { z } from 'zod';
import { PlatformError } from './domain-error.js';

/**
 * Keyset (cursor) pagination, the only kind the API offers: the cursor is the sort key of the last
 * row returned, so a page is stable under concurrent inserts and as fast at page 1,000 as at page 1.
 */
export const paginationQueryShape = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Rows per page (1–200).'),
  cursor: z.string().max(512).optional().describe('`nextCursor` of the previous page.'),
};

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  });

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor carries; a cursor that is not one of ours is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return key;
    }
  } catch {
    /* reported below */
  }
  throw PlatformError.validation([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id a cursor of an id-ordered list carries; anything else is a 400 naming `cursor`, never a database error. */
export function decodeIdCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'string' || !uuidPattern.test(id))
    throw PlatformError.validation([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
  return id;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says whether another page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  cursorKey: (row: Row) => (string | number)[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return { data: pageRows.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor(cursorKey(last)) : null };
}
