/**
 * A report as CSV (RFC 4180): a header line, then one line per row, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break (quotes doubled), empty for null. The filters are
 * echoed as extra columns, `filter.<name>`, on every line, so a file passed around still says what
 * it counts (the `x-report-filters` header carries them too, for a report without rows). A report
 * with an `overall` figure (time to hire) gets a first column `scope`: its `job` rows, then one
 * `overall` row.
 */
export interface TabularReport {
  filters: Record<string, unknown>;
  rows: Record<string, unknown>[];
  overall?: Record<string, unknown>;
}

/** The columns of a report, from the keys of its row (and overall) schemas: the header never depends on the data. */
export interface CsvLayout {
  columns: readonly string[];
  filters: readonly string[];
}

export function toCsv(report: TabularReport, layout: CsvLayout): string {
  const lines = report.overall
    ? [...report.rows.map((row) => ({ scope: 'job', ...row })), { scope: 'overall', ...report.overall }]
    : report.rows;
  const header = [...layout.columns, ...layout.filters.map((name) => `filter.${name}`)];
  const body = lines.map((line) => [
    ...layout.columns.map((column) => (line as Record<string, unknown>)[column]),
    ...layout.filters.map((name) => report.filters[name]),
  ]);
  return [header, ...body].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
