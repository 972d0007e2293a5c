import { loadConfig } from '@hp/config';
import { accountsEntities } from '@hp/accounts';
import { AuditEvent } from '@hp/audit';
import { dataSourceOptions } from '@hp/database';
import { MailDelivery } from '@hp/mail';
import { OutboxEvent } from '@hp/outbox';
import { DataSource } from 'typeorm';

/** Every entity of the product: what the schema must match (migration generation, the schema test). */
export const allEntities = [OutboxEvent, MailDelivery, AuditEvent, ...accountsEntities];

export function createDataSource(databaseUrl = loadConfig().DATABASE_URL): DataSource {
  return new DataSource(dataSourceOptions({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 4 }, allEntities));
}
