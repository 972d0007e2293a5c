import { describe, expect, it } from 'vitest';
import { mailRetryDelayMs } from './mail-delivery.processor.js';
import { renderMail } from './templates/index.js';

describe('mailRetryDelayMs', () => {
  it('doubles each attempt, with jitter between half and all of the step', () => {
    expect(mailRetryDelayMs(1_000, 1, () => 0)).toBe(500);
    expect(mailRetryDelayMs(1_000, 1, () => 1)).toBe(1_000);
    expect(mailRetryDelayMs(1_000, 3, () => 0)).toBe(2_000);
    expect(mailRetryDelayMs(1_000, 3, () => 1)).toBe(4_000);
  });

  it('never waits more than an hour', () => {
    expect(mailRetryDelayMs(30_000, 30, () => 1)).toBe(3_600_000);
  });
});

describe('renderMail', () => {
  it('escapes data in the HTML body', () => {
    const mail = renderMail('notice', { title: 'Hi <b>', message: '<script>alert(1)</script>' });
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>alert(1)</script>');
    expect(mail.subject).toBe('Hi <b>');
  });

  it('refuses an unknown template or bad data', () => {
    expect(() => renderMail('nope', {})).toThrow(/Unknown mail template/);
    expect(() => renderMail('notice', { title: '' })).toThrow();
  });
});
