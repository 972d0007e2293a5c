import { describe, expect, it } from 'vitest';
import { minimalDocx, minimalPdf, minimalPng, storedZip } from '../../../../test/e2e/candidates-files.js';
import { cleanText, extractResumeText } from './resume-text.js';
import { contentDisposition, detectResumeType, isUtf8Text, resumeFileName, resumeTypes } from './resume-type.js';

describe('detectResumeType', () => {
  it('recognises a PDF and a DOCX by their content, whatever they are called or declared as', async () => {
    expect(await detectResumeType(minimalPdf(['Ada Lovelace']), { fileName: 'cv.docx', mediaType: 'application/octet-stream' })).toBe(
      resumeTypes.pdf,
    );
    expect(await detectResumeType(minimalDocx(['Ada Lovelace']), { fileName: 'cv.pdf', mediaType: 'application/pdf' })).toBe(
      resumeTypes.docx,
    );
  });

  it('refuses a PNG called cv.pdf and declared application/pdf', async () => {
    expect(await detectResumeType(minimalPng(), { fileName: 'cv.pdf', mediaType: 'application/pdf' })).toBeUndefined();
  });

  it('refuses a plain zip that is not a Word document', async () => {
    expect(await detectResumeType(storedZip([{ name: 'notes.txt', data: 'hello' }]), { fileName: 'cv.docx' })).toBeUndefined();
  });

  it('accepts UTF-8 text only when the client called it text (type or extension)', async () => {
    const text = Buffer.from('Zoë Ångström\nSenior engineer — Kubernetes, Go\n', 'utf8');
    expect(await detectResumeType(text, { fileName: 'cv.txt', mediaType: 'application/octet-stream' })).toBe(resumeTypes.text);
    expect(await detectResumeType(text, { fileName: 'cv', mediaType: 'text/plain; charset=utf-8' })).toBe(resumeTypes.text);
    expect(await detectResumeType(text, { fileName: 'cv.md' })).toBe(resumeTypes.text);
    expect(await detectResumeType(text, { fileName: 'cv.bin', mediaType: 'application/octet-stream' })).toBeUndefined();
  });

  it('refuses "text" that is not valid UTF-8 or holds control characters', async () => {
    expect(
      await detectResumeType(Buffer.from([0x43, 0x56, 0xff, 0xfe, 0x0a]), { fileName: 'cv.txt', mediaType: 'text/plain' }),
    ).toBeUndefined();
    expect(
      await detectResumeType(Buffer.from('CV\u0000\u0001binary', 'utf8'), { fileName: 'cv.txt', mediaType: 'text/plain' }),
    ).toBeUndefined();
    expect(await detectResumeType(Buffer.alloc(0), { fileName: 'cv.txt', mediaType: 'text/plain' })).toBeUndefined();
  });

  it('treats tabs, line breaks and form feeds as text', () => {
    expect(isUtf8Text(Buffer.from('a\tb\r\nc\fd', 'utf8'))).toBe(true);
  });
});

describe('extractResumeText', () => {
  it('reads the text of a PDF', async () => {
    const text = await extractResumeText('pdf', minimalPdf(['Ada Lovelace', 'Analytical Engine programmer']));
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Analytical Engine programmer');
  });

  it('leaves the caller’s buffer usable (PDF.js detaches what it is given)', async () => {
    const pdf = minimalPdf(['Still here']);
    await extractResumeText('pdf', pdf);
    expect(pdf.length).toBeGreaterThan(0);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads the text of a DOCX, one line per paragraph', async () => {
    expect(await extractResumeText('docx', minimalDocx(['Grace Hopper', 'COBOL & compilers']))).toBe('Grace Hopper\n\nCOBOL & compilers');
  });

  it('takes plain text as it is, without a byte-order mark', async () => {
    expect(await extractResumeText('text', Buffer.from('\uFEFFLinus\r\nKernel hacker', 'utf8'))).toBe('Linus\nKernel hacker');
  });

  it('throws on a damaged file', async () => {
    await expect(extractResumeText('pdf', Buffer.from('%PDF-1.4\nnot really'))).rejects.toThrow();
    await expect(extractResumeText('docx', storedZip([{ name: '[Content_Types].xml', data: '<Types/>' }]))).rejects.toThrow();
  });
});

describe('cleanText', () => {
  it('drops NUL and control characters PostgreSQL text cannot hold, and collapses blank runs', () => {
    expect(cleanText('  a\u0000b \t c\n\n\n\n d  ')).toBe('a b c\n\nd');
  });
});

describe('resumeFileName', () => {
  it('keeps the uploaded name but gives it the extension of what the file really is', () => {
    expect(resumeFileName('Ada CV.pdf', resumeTypes.docx)).toBe('Ada CV.docx');
    expect(resumeFileName('C:\\Users\\ada\\cv.PDF', resumeTypes.pdf)).toBe('cv.pdf');
    expect(resumeFileName('../../etc/passwd', resumeTypes.text)).toBe('passwd.txt');
    expect(resumeFileName('"\r\n', resumeTypes.pdf)).toBe('resume.pdf');
    expect(resumeFileName(undefined, resumeTypes.pdf)).toBe('resume.pdf');
  });
});

describe('contentDisposition', () => {
  it('offers an ASCII name and the exact UTF-8 name', () => {
    expect(contentDisposition('Zoë Ångström.pdf')).toBe(
      `attachment; filename="Zoe Angstrom.pdf"; filename*=UTF-8''${encodeURIComponent('Zoë Ångström.pdf')}`,
    );
    expect(contentDisposition('cv.pdf')).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
  });

  it('cannot be used to inject header parameters', () => {
    const header = contentDisposition('a";b=c\\.pdf');
    expect(header.startsWith('attachment; filename="a;b=c.pdf"; ')).toBe(true);
    expect(header).toContain(`filename*=UTF-8''a%22%3Bb%3Dc%5C.pdf`);
  });
});
