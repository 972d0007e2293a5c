import { describe, expect, it } from 'vitest';
import { toCsv } from './report-csv.js';

describe('toCsv', () => {
  const layout = { columns: ['name', 'count', 'rate'], filters: ['jobId', 'from'] };

  it('writes a header, one CRLF-ended line per row, and the filters as columns of every line', () => {
    expect(toCsv({ filters: { jobId: 'j1', from: null }, rows: [{ name: 'Applied', count: 3, rate: 0.5 }] }, layout)).toBe(
      'name,count,rate,filter.jobId,filter.from\r\nApplied,3,0.5,j1,\r\n',
    );
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    const csv = toCsv({ filters: { jobId: null, from: null }, rows: [{ name: 'Say "hi", then\nleave', count: 0, rate: null }] }, layout);
    expect(csv.split('\r\n')[1]).toBe('"Say ""hi"", then\nleave",0,,,');
  });

  it('keeps the header without rows', () => {
    expect(toCsv({ filters: { jobId: null, from: '2026-01-01T00:00:00Z' }, rows: [] }, layout)).toBe(
      'name,count,rate,filter.jobId,filter.from\r\n',
    );
  });

  it('adds a scope column and an overall line when the report has one', () => {
    const csv = toCsv(
      { filters: { jobId: null, from: null }, rows: [{ name: 'A', count: 1, rate: 1 }], overall: { count: 1 } },
      { columns: ['scope', 'name', 'count', 'rate'], filters: ['jobId', 'from'] },
    );
    expect(csv).toBe('scope,name,count,rate,filter.jobId,filter.from\r\njob,A,1,1,,\r\noverall,,1,,,\r\n');
  });
});
