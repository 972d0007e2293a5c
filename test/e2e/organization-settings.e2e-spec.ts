import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  cloneTemplateDatabase,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

describe('organisation settings and notification preferences', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app);
    recruiter = await addMember(app, admin, 'recruiter');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const settings = (body?: unknown, as = admin) =>
    call(app, body === undefined ? 'GET' : 'PATCH', '/api/v1/organization/settings', { token: as.accessToken, body });
  const fields = (response: { body: { errors?: { field: string }[] } }) => response.body.errors?.map((error) => error.field) ?? [];

  it('start with the documented defaults', async () => {
    const response = await settings(undefined, recruiter);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      timezone: 'UTC',
      retentionMonths: null,
      reminderPolicy: {
        interviewUpcoming: { enabled: true, offsetsMinutes: [1440, 60] },
        scorecardDue: { enabled: true, firstAfterMinutes: 120, repeatEveryMinutes: 1440, maxReminders: 3 },
        stageStale: { enabled: true, defaultSlaDays: 5, digestHour: 9 },
        challengeDue: { enabled: true, beforeMinutes: 1440 },
        candidateNotifications: { applicationReceived: true, rejectionNoticeDelayMinutes: 120 },
      },
    });
  });

  it('change only what a PATCH names, record it in the audit trail, and tell the worker to re-plan', async () => {
    const response = await settings({
      timezone: 'Europe/Berlin',
      retentionMonths: 24,
      reminderPolicy: { scorecardDue: { maxReminders: 2 } },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      timezone: 'Europe/Berlin',
      retentionMonths: 24,
      reminderPolicy: { scorecardDue: { enabled: true, firstAfterMinutes: 120, repeatEveryMinutes: 1440, maxReminders: 2 } },
    });
    expect((await settings()).body).toEqual(response.body);
    const rows = (sql: string) => app.get(DataSource).query(sql, [admin.organization.id]);
    const [audit] = await rows(`SELECT data FROM audit_events WHERE organization_id = $1 AND type = 'organization.settings_changed'`);
    expect(audit.data.changed).toEqual(['timezone', 'reminderPolicy', 'retentionMonths']);
    expect(
      await rows(`SELECT 1 FROM outbox_events WHERE organization_id = $1 AND job_name = 'organization.settings_changed'`),
    ).toHaveLength(1);

    // The same values again change nothing: no event, no audit.
    await settings({ timezone: 'Europe/Berlin' });
    expect(
      await rows(`SELECT 1 FROM outbox_events WHERE organization_id = $1 AND job_name = 'organization.settings_changed'`),
    ).toHaveLength(1);
    expect((await settings({ retentionMonths: null })).body.retentionMonths).toBeNull();
  });

  it('refuse bad values with a 400 naming each field, and keep what was stored', async () => {
    const before = (await settings()).body;
    const bad = await settings({
      timezone: 'Mars/Olympus',
      retentionMonths: 0,
      reminderPolicy: {
        scorecardDue: { maxReminders: 0 },
        interviewUpcoming: { offsetsMinutes: [60, 60] },
        stageStale: { digestHour: 24 },
      },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad).sort()).toEqual(
      [
        'timezone',
        'retentionMonths',
        'reminderPolicy.scorecardDue.maxReminders',
        'reminderPolicy.interviewUpcoming.offsetsMinutes',
        'reminderPolicy.stageStale.digestHour',
      ].sort(),
    );
    const unknown = await settings({ reminderPolicy: { scorecardDue: { everyHour: true } }, colour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(fields(unknown).sort()).toEqual(['colour', 'reminderPolicy.scorecardDue.everyHour']);
    expect((await settings()).body).toEqual(before);
  });

  it('are changed by admins only', async () => {
    expect((await settings({ timezone: 'Europe/Paris' }, recruiter)).status).toBe(403);
  });

  it('let each user turn reminder kinds off for themselves, not for others', async () => {
    const me = (body?: unknown, as = recruiter) =>
      call(app, body === undefined ? 'GET' : 'PATCH', '/api/v1/me/notification-preferences', { token: as.accessToken, body });
    expect((await me()).body).toEqual({ interviewUpcoming: true, scorecardDue: true, stageStale: true, challengeExpired: true });
    expect((await me({ stageStale: false })).body).toEqual({
      interviewUpcoming: true,
      scorecardDue: true,
      stageStale: false,
      challengeExpired: true,
    });
    expect((await me()).body.stageStale).toBe(false);
    expect((await me(undefined, admin)).body.stageStale).toBe(true);
    const bad = await me({ passwordReset: false });
    expect(bad.status).toBe(400);
    expect((await me({ stageStale: 'no' })).status).toBe(400);
    expect((await me({ stageStale: true })).body.stageStale).toBe(true);
  });
});
