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

  /** A take-home coding challenge, with the candidate's single-use submission link. */
  challengeInvitation: defineTemplate({
    data: z.object({
      candidateName: z.string(),
      organizationName: z.string(),
      jobTitle: z.string(),
      challengeTitle: z.string(),
      url: z.url(),
      dueAt: z.iso.datetime({ offset: true }),
    }),
    render: ({ candidateName, organizationName, jobTitle, challengeTitle, url, dueAt }) => {
      const due = new Date(dueAt).toUTCString();
      return {
        subject: `${organizationName}: a coding challenge for ${jobTitle}`,
        text: `Hello ${candidateName},\n\nAs the next step for ${jobTitle} at ${organizationName}, we invite you to a coding challenge: ${challengeTitle}.\n\nRead the instructions and submit your work here: ${url}\n\nPlease submit by ${due}. The link is personal: you can submit once.`,
        html: layout(
          `A coding challenge from ${organizationName}`,
          html`<p>Hello ${candidateName},</p>
            <p>
              As the next step for ${jobTitle} at <strong>${organizationName}</strong>, we invite you to a coding challenge:
              ${challengeTitle}.
            </p>
            <p><a href="${url}">Read the instructions and submit your work</a></p>
            <p style="color: #616e7c;">Please submit by ${due}. The link is personal: you can submit once.</p>`,
        ),
      };
    },
  }),
  /** An interview invitation or update, with its iCalendar REQUEST (built by the interviews library). */
  interviewInvitation: defineTemplate({
    data: z.object({
      recipientName: z.string(),
      organizationName: z.string(),
      title: z.string(),
      jobTitle: z.string(),
      withWhom: z.string().optional(),
      when: z.string().min(1),
      location: z.string().nullable().optional(),
      meetingUrl: z.string().nullable().optional(),
      update: z.boolean(),
      ics: z.string().min(1),
    }),
    render: ({ recipientName, organizationName, title, jobTitle, withWhom, when, location, meetingUrl, update, ics }) => {
      const subject = `${update ? 'Updated: ' : 'Invitation: '}${title} (${jobTitle}), ${when}`;
      const lines = [
        `Hello ${recipientName},`,
        `${update ? 'An interview has changed' : 'You are invited to an interview'} with ${organizationName}${withWhom ? ` (${withWhom})` : ''}: ${title}, for ${jobTitle}.`,
        `When: ${when}`,
        location ? `Where: ${location}` : '',
        meetingUrl ? `Join: ${meetingUrl}` : '',
      ];
      return {
        subject,
        text: lines.filter(Boolean).join('\n\n'),
        html: layout(
          subject,
          html`<p>Hello ${recipientName},</p>
            <p>
              ${update ? 'An interview has changed' : 'You are invited to an interview'} with
              ${organizationName}${withWhom ? ` (${withWhom})` : ''}:
              <strong>${title}</strong>, for ${jobTitle}.
            </p>
            <p>When: ${when}</p>
            ${raw(location ? html`<p>Where: ${location}</p>` : '')}
            ${raw(meetingUrl ? html`<p><a href="${meetingUrl}">Join the meeting</a></p>` : '')}`,
        ),
        icalEvent: { method: 'REQUEST' as const, content: ics },
      };
    },
  }),

  /** An interview cancelled, or the recipient taken off its panel, with its iCalendar CANCEL. */
  interviewCancellation: defineTemplate({
    data: z.object({
      recipientName: z.string(),
      organizationName: z.string(),
      title: z.string(),
      jobTitle: z.string(),
      when: z.string().min(1),
      removedFromPanel: z.boolean(),
      ics: z.string().min(1),
    }),
    render: ({ recipientName, organizationName, title, jobTitle, when, removedFromPanel, ics }) => {
      const subject = `Cancelled: ${title} (${jobTitle}), ${when}`;
      const message = removedFromPanel
        ? `You are no longer on the panel of ${title} (${jobTitle}) at ${organizationName}, ${when}.`
        : `${title} (${jobTitle}) with ${organizationName}, ${when}, is cancelled.`;
      return {
        subject,
        text: `Hello ${recipientName},\n\n${message}`,
        html: layout(
          subject,
          html`<p>Hello ${recipientName},</p>
            <p>${message}</p>`,
        ),
        icalEvent: { method: 'CANCEL' as const, content: ics },
      };
    },
  }),

  /** A reminder: a subject, a greeting, paragraphs, an optional list (a digest's items) and a link. */
  reminder: defineTemplate({
    data: z.object({
      subject: z.string().min(1),
      greeting: z.string().min(1),
      paragraphs: z.array(z.string()).min(1),
      items: z.array(z.string()).default([]),
      actionUrl: z.url().optional(),
      actionLabel: z.string().optional(),
    }),
    render: ({ subject, greeting, paragraphs, items, actionUrl, actionLabel }) => ({
      subject,
      text: [
        greeting,
        ...paragraphs,
        items.map((item) => `- ${item}`).join('\n'),
        actionUrl ? `${actionLabel ?? 'Open'}: ${actionUrl}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      html: layout(
        subject,
        html`<p>${greeting}</p>
          ${raw(paragraphs.map((paragraph) => html`<p>${paragraph}</p>`).join(''))}
          ${raw(
            items.length
              ? html`<ul>
                  ${raw(items.map((item) => html`<li>${item}</li>`).join(''))}
                </ul>`
              : '',
          )}
          ${raw(actionUrl ? html`<p><a href="${actionUrl}">${actionLabel ?? 'Open'}</a></p>` : '')}`,
      ),
    }),
  }),
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<Name extends MailTemplateName> = z.input<(typeof mailTemplates)[Name]['data']>;

export function renderMail(template: string, data: unknown): RenderedMail {
  const definition = mailTemplates[template as MailTemplateName];
  if (!definition) throw new Error(`Unknown mail template "${template}"`);
  return definition.render(definition.data.parse(data) as never);
}
