import { z } from 'zod';
import { html, layout, raw, type RenderedMail } from './render.js';

/**
 * Every email the product sends: a data schema (checked when the email is queued, so a bad
 * template call fails inside the business transaction, not later in the worker) and a renderer
 * producing the plain-text and HTML bodies.
 */
interface MailTemplate<S extends z.ZodType> {
  data: S;
  render(data: z.output<S>): RenderedMail;
}

const defineTemplate = <S extends z.ZodType>(template: MailTemplate<S>) => template;

export const mailTemplates = {
  /** A plain notice: a title, a message and an optional link. */
  notice: defineTemplate({
    data: z.object({
      title: z.string().min(1),
      message: z.string().min(1),
      actionUrl: z.url().optional(),
      actionLabel: z.string().optional(),
    }),
    render: ({ title, message, actionUrl, actionLabel }) => ({
      subject: title,
      text: [message, actionUrl ? `${actionLabel ?? 'Open'}: ${actionUrl}` : ''].filter(Boolean).join('\n\n'),
      html: layout(
        title,
        html`<h1 style="font-size: 20px;">${title}</h1>
          <p>${message}</p>
          ${raw(actionUrl ? html`<p><a href="${actionUrl}">${actionLabel ?? 'Open'}</a></p>` : '')}`,
      ),
    }),
  }),

  invitation: defineTemplate({
    data: z.object({
      inviteeName: z.string(),
      inviterName: z.string(),
      organizationName: z.string(),
      role: z.string(),
      url: z.url(),
      expiresAt: z.iso.datetime(),
    }),
    render: ({ inviteeName, inviterName, organizationName, role, url, expiresAt }) => {
      const expires = new Date(expiresAt).toUTCString();
      const roleName = role.replaceAll('_', ' ');
      return {
        subject: `${inviterName} invited you to ${organizationName} on Hiring Pipeline`,
        text: `Hello ${inviteeName},\n\n${inviterName} invited you to join ${organizationName} as ${roleName}.\n\nAccept the invitation and choose your password: ${url}\n\nThe link works once and expires ${expires}.`,
        html: layout(
          `Join ${organizationName}`,
          html`<p>Hello ${inviteeName},</p>
            <p>${inviterName} invited you to join <strong>${organizationName}</strong> as ${roleName}.</p>
            <p><a href="${url}">Accept the invitation</a></p>
            <p style="color: #616e7c;">The link works once and expires ${expires}.</p>`,
        ),
      };
    },
  }),

  passwordReset: defineTemplate({
    data: z.object({ name: z.string(), organizationName: z.string(), url: z.url(), expiresAt: z.iso.datetime() }),
    render: ({ name, organizationName, url, expiresAt }) => {
      const expires = new Date(expiresAt).toUTCString();
      return {
        subject: 'Reset your Hiring Pipeline password',
        text: `Hello ${name},\n\nSomeone asked to reset your password for ${organizationName}. If it was you, choose a new one here: ${url}\n\nThe link works once and expires ${expires}. If it was not you, ignore this email: your password stays as it is.`,
        html: layout(
          'Reset your password',
          html`<p>Hello ${name},</p>
            <p>Someone asked to reset your password for ${organizationName}. If it was you, <a href="${url}">choose a new password</a>.</p>
            <p style="color: #616e7c;">
              The link works once and expires ${expires}. If it was not you, ignore this email: your password stays as it is.
            </p>`,
        ),
      };
    },
  }),
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<Name extends MailTemplateName> = z.input<(typeof mailTemplates)[Name]['data']>;

export function renderMail(template: string, data: unknown): RenderedMail {
  const definition = mailTemplates[template as MailTemplateName];
  if (!definition) throw new Error(`Unknown mail template "${template}"`);
  return definition.render(definition.data.parse(data) as never);
}
