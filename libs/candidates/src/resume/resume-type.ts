import { fileTypeFromBuffer } from 'file-type';

export const RESUME_MAX_BYTES = 10 * 1024 * 1024;

export type ResumeKind = 'pdf' | 'docx' | 'text';

export interface ResumeType {
  kind: ResumeKind;
  /** What the download is served as. */
  contentType: string;
  extension: string;
}

export const resumeTypes: Readonly<Record<ResumeKind, ResumeType>> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf', extension: 'pdf' },
  docx: { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  text: { kind: 'text', contentType: 'text/plain; charset=utf-8', extension: 'txt' },
};

const textExtensions = /\.(txt|text|md)$/i;
const textMediaTypes = new Set(['text/plain', 'text/markdown']);

/**
 * What a résumé really is, read from its bytes (file-type's magic numbers and, for DOCX, the zip's
 * `[Content_Types].xml`), never from its name or declared type: a PNG called `cv.pdf` is a PNG.
 * Plain text has no magic number, so it is accepted only when nothing else is recognised, the bytes
 * decode as UTF-8 without control characters, and the client itself called it text (declared
 * type or extension). Undefined: not a résumé we can read.
 */
export async function detectResumeType(
  bytes: Uint8Array,
  declared: { fileName?: string; mediaType?: string },
): Promise<ResumeType | undefined> {
  if (bytes.length === 0) return undefined;
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.ext === 'pdf') return resumeTypes.pdf;
    if (detected.ext === 'docx') return resumeTypes.docx;
    return undefined;
  }
  const mediaType = declared.mediaType?.split(';')[0]?.trim().toLowerCase();
  const saysText = (mediaType !== undefined && textMediaTypes.has(mediaType)) || textExtensions.test(declared.fileName ?? '');
  return saysText && isUtf8Text(bytes) ? resumeTypes.text : undefined;
}

/** Valid UTF-8 with no control characters but tab, line feed, carriage return and form feed. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/**
 * The name a download is offered under: the uploaded base name without control characters or
 * path, with the extension of the type it really is (`cv.pdf` holding a DOCX becomes `cv.docx`).
 */
export function resumeFileName(uploaded: string | undefined, type: ResumeType): string {
  const base = (uploaded ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F"]/g, '')
    .trim();
  const stem = base
    .replace(/\.[^.]*$/, '')
    .slice(0, 150)
    .trim();
  return `${stem || 'resume'}.${type.extension}`;
}

/**
 * `Content-Disposition` for a download: an ASCII fallback `filename` and the exact name as
 * RFC 5987 `filename*`, so accented names survive and no header injection is possible.
 */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7E]/g, '')
      .replace(/["\\]/g, '') || 'download';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
