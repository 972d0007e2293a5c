import { APP_CONFIG, type AppConfig } from '@hp/config';
import type { Provider } from '@nestjs/common';
import { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** S3 when S3_BUCKET is set, else the local directory STORAGE_DIR. */
export function createFileStorage(config: Pick<AppConfig, 'STORAGE_DIR' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ENDPOINT' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>): FileStorage {
  if (!config.S3_BUCKET) return new LocalFileStorage(config.STORAGE_DIR);
  return new S3FileStorage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}

export const fileStorageProvider: Provider = {
  provide: FileStorage,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createFileStorage(config),
};
