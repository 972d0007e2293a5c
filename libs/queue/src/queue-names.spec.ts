import { describe, expect, it } from 'vitest';
import { QueueJobName, QueueName, queueJobId, queueJobRetry, queueOfJob } from './queue-names.js';
import { findHandlerProblems } from './queue-worker-host.js';

describe('queue job ids', () => {
  it('joins parts with dashes', () => {
    expect(queueJobId('mail', 'abc', 'attempt', 2)).toBe('mail-abc-attempt-2');
  });

  it('refuses ids BullMQ would misread', () => {
    expect(() => queueJobId('a:b')).toThrow(/must not contain ":"/);
    expect(() => queueJobId(123)).toThrow(/all digits/);
    expect(() => queueJobId('')).toThrow();
  });
});

describe('queue job names', () => {
  it('each has a queue and a retry policy', () => {
    for (const name of Object.values(QueueJobName)) {
      expect(Object.values(QueueName)).toContain(queueOfJob[name]);
      expect(queueJobRetry[name].attempts).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('findHandlerProblems', () => {
  const everyName = Object.values(QueueJobName).map((jobName) => ({ jobName, where: `Handler.${jobName}` }));

  it('accepts exactly one handler per queue job name', () => {
    expect(findHandlerProblems(everyName)).toEqual([]);
  });

  it('reports a queue job name nobody handles', () => {
    expect(findHandlerProblems(everyName.slice(1))).toEqual([{ jobName: everyName[0]!.jobName, problem: 'no handler', where: [] }]);
  });

  it('reports two handlers for one name', () => {
    const problems = findHandlerProblems([...everyName, { jobName: QueueJobName.MailSend, where: 'Other.send' }]);
    expect(problems).toEqual([
      { jobName: QueueJobName.MailSend, problem: 'several handlers', where: [`Handler.${QueueJobName.MailSend}`, 'Other.send'] },
    ]);
  });

  it('reports a handler for a name that does not exist', () => {
    expect(findHandlerProblems([...everyName, { jobName: 'nope.never', where: 'Stray.handle' }])).toEqual([
      { jobName: 'nope.never', problem: 'unknown job name', where: ['Stray.handle'] },
    ]);
  });
});
