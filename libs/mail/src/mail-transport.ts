import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { RenderedMail } from './templates/render.js';

/** Pooled connections and bounded timeouts unless the URL's query string says otherwise. */
function withPoolDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const defaults = { pool: 'true', maxConnections: '5', connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000' };
  for (const [key, value] of Object.entries(defaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

/** The SMTP connection pool of a worker process. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;
  readonly from: string;
  readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.from = config.MAIL_FROM;
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'hiring-pipeline.local';
  }

  private get smtp(): Transporter {
    if (!this.config.SMTP_URL) throw new Error('SMTP_URL is not set: the worker cannot send email');
    this.transporter ??= nodemailer.createTransport(withPoolDefaults(this.config.SMTP_URL));
    return this.transporter;
  }

  /** The same delivery always carries the same Message-ID, so a resend is recognisably the same email. */
  messageIdFor(deliveryId: string): string {
    return `<${deliveryId}@${this.messageIdDomain}>`;
  }

  async send(deliveryId: string, to: string, mail: RenderedMail): Promise<string> {
    const messageId = this.messageIdFor(deliveryId);
    await this.smtp.sendMail({
      from: this.from,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      ...(mail.icalEvent ? { icalEvent: { method: mail.icalEvent.method, content: mail.icalEvent.content } } : {}),
    });
    return messageId;
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
