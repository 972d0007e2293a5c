/**
 * Where uploaded files live. Keys are opaque, `/`-separated and chosen by the caller; an object is
 * written once under a new key and never overwritten, so a row that points to it never sees a
 * half-written file. The implementation is picked from the configuration (see
 * `fileStorageProvider`): local disk by default, S3 (or any S3-compatible store) when S3_BUCKET is
 * set. An abstract class rather than an interface so it doubles as the injection token.
 */
export abstract class FileStorage {
  abstract put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is none under this key. */
  abstract get(key: string): Promise<Buffer | undefined>;
  /** Removes the object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** Keys are built by the product from ids, but a key never climbs out of its store. */
export function assertSafeKey(key: string): void {
  const segments = key.split('/');
  if (!key || key.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\') || segment.includes('\0'))) {
    throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
  }
}
