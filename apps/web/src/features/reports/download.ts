import { api } from '../../api/client';
import { ApiProblem, isProblemDocument } from '../../api/problem';
import type { AnyReportDefinition, ReportQuery } from './definitions';
import { saveFile } from '../../lib/save-file';

/** `attachment; filename="funnel.csv"` → `funnel.csv`. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Asks the API for the report as CSV through the authenticated client (a plain link would carry
 * no bearer token), then saves it as the file the API names.
 */
export async function downloadReportCsv(report: AnyReportDefinition, query: ReportQuery): Promise<string> {
  // The five routes share this shape; the path is one of them, chosen by the definition.
  const get = api.GET as unknown as (
    path: string,
    init: { params: { query: Record<string, string> }; parseAs: 'blob' },
  ) => Promise<{ data?: Blob; error?: unknown; response: Response }>;
  let result: Awaited<ReturnType<typeof get>>;
  try {
    result = await get(`/api/v1/reports/${report.key}`, { params: { query: { ...query, format: 'csv' } }, parseAs: 'blob' });
  } catch {
    throw ApiProblem.network();
  }
  if (!result.response.ok || !result.data) {
    throw new ApiProblem(isProblemDocument(result.error) ? result.error : { status: result.response.status });
  }
  const fileName = fileNameOf(result.response.headers.get('content-disposition'), `${report.key}.csv`);
  saveFile(result.data, fileName);
  return fileName;
}
