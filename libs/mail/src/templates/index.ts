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
    data: z.object({ title: z.string().min(1), message: z.string().min(1), actionUrl: z.url().optional(), actionLabel: z.string().optional() }),
    render: ({ title, message, actionUrl, actionLabel }) => ({
      subject: title,
      text: [message, actionUrl ? `${actionLabel ?? 'Open'}: ${actionUrl}` : ''].filter(Boolean).join('\n\n'),
      html: layout(
        title,
        html`<h1 style="font-size: 20px;">${title}</h1><p>${message}</p>${raw(
          actionUrl ? html`<p><a href="${actionUrl}">${actionLabel ?? 'Open'}</a></p>` : '',
        )}`,
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
