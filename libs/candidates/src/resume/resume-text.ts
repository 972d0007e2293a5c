import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ResumeKind } from './resume-type.js';

/** The search document indexes the first 200,000 characters; a little more is kept for export. */
export const RESUME_TEXT_MAX_CHARS = 500_000;

/**
 * The text of a résumé, for search: PDF through unpdf (PDF.js), DOCX through mammoth's raw text,
 * plain text as it is. Throws when the file cannot be read (damaged, encrypted).
 */
export async function extractResumeText(kind: ResumeKind, bytes: Uint8Array): Promise<string> {
  switch (kind) {
    case 'pdf': {
      // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy. Quiet (its
      // warnings go to the console, not our logger) and without eval, which text never needs.
      const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
      try {
        const { text } = await extractText(document, { mergePages: true });
        return cleanText(text);
      } finally {
        await document.destroy();
      }
    }
    case 'docx': {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return cleanText(value);
    }
    case 'text':
      return cleanText(new TextDecoder('utf-8').decode(bytes));
  }
}

/**
 * PostgreSQL text cannot hold NUL; runs of blank space are noise for search. Line breaks between
 * paragraphs are kept so an export reads like the original.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ' ')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\f]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, RESUME_TEXT_MAX_CHARS)
  );
}
