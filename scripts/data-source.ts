import { loadConfig } from '@hp/config';
import { accountsEntities } from '@hp/accounts';
import { applicationsEntities } from '@hp/applications';
import { AuditEvent } from '@hp/audit';
import { Candidate } from '@hp/candidates';
import { challengesEntities } from '@hp/challenges';
import { dataSourceOptions } from '@hp/database';
import { interviewsEntities } from '@hp/interviews';
import { jobsEntities } from '@hp/jobs';
import { MailDelivery } from '@hp/mail';
import { OutboxEvent } from '@hp/outbox';
import { remindersEntities } from '@hp/reminders';
import { scorecardsEntities } from '@hp/scorecards';
import { DataSource } from 'typeorm';

/** Every entity of the product: what the schema must match (migration generation, the schema test). */
export const allEntities = [
  OutboxEvent,
  MailDelivery,
  AuditEvent,
  ...accountsEntities,
  ...jobsEntities,
  Candidate,
  ...applicationsEntities,
  ...interviewsEntities,
  ...challengesEntities,
  ...scorecardsEntities,
  ...remindersEntities,
];

export function createDataSource(databaseUrl = loadConfig().DATABASE_URL): DataSource {
  return new DataSource(dataSourceOptions({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 4 }, allEntities));
}
