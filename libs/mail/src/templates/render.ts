import escapeHtml from 'escape-html';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Extra MIME parts, e.g. an iCalendar invitation. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
}

/**
 * Tagged template for HTML bodies: every interpolated value is escaped, so data from users can
 * never inject markup into an email. Pass `raw(…)` for trusted fragments.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, chunk, index) => {
    if (index === 0) return chunk;
    const value = values[index - 1];
    const rendered = value instanceof TrustedHtml ? value.value : escapeHtml(String(value ?? ''));
    return out + rendered + chunk;
  }, '');
}

export class TrustedHtml {
  constructor(readonly value: string) {}
}

export const raw = (value: string) => new TrustedHtml(value);

/** The frame every HTML email shares. */
export function layout(title: string, body: string): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${title}</title>
      </head>
      <body
        style="font-family: -apple-system, Segoe UI, Roboto, sans-serif; color: #1f2933; line-height: 1.5; max-width: 600px; margin: 0 auto; padding: 24px;"
      >
        ${raw(body)}
        <p style="color: #616e7c; font-size: 12px; margin-top: 32px;">Sent by Hiring Pipeline.</p>
      </body>
    </html>`;
}
