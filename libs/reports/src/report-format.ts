import { toOpenApiSchema } from '@hp/common';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { type CsvLayout, type TabularReport, toCsv } from './report-csv.js';

const REPORT_CSV = Symbol('report-csv');

export const csvContentType = 'text/csv; charset=utf-8';

/** Whether the request asks for CSV: `?format=csv`, or `Accept: text/csv` without `?format=json`. */
export function wantsCsv(request: Pick<FastifyRequest, 'query' | 'headers'>): boolean {
  const format = (request.query as { format?: string } | undefined)?.format;
  if (format) return format === 'csv';
  return /(^|,)\s*text\/csv\s*(;|,|$)/i.test(request.headers.accept ?? '');
}

/**
 * A report route's answer: documents JSON (the schema) and text/csv, and lets `ReportFormatInterceptor`
 * turn the JSON into CSV with the columns of the schema's rows (and `overall`, with a `scope` column).
 */
export function ReportResult(name: string, schema: z.ZodObject): MethodDecorator {
  const shape = schema.shape as Record<string, z.ZodType>;
  const rowKeys = Object.keys(((shape.rows as z.ZodArray<z.ZodObject>).element as z.ZodObject).shape);
  const overallKeys = shape.overall ? Object.keys((shape.overall as z.ZodObject).shape) : undefined;
  const layout: CsvLayout & { name: string } = {
    name,
    columns: overallKeys ? ['scope', ...new Set([...rowKeys, ...overallKeys])] : rowKeys,
    filters: Object.keys((shape.filters as z.ZodObject).shape),
  };
  return applyDecorators(
    SetMetadata(REPORT_CSV, layout),
    UseInterceptors(ReportFormatInterceptor),
    ApiResponse({
      status: 200,
      description:
        'The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the ' +
        '`x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`.',
      content: {
        'application/json': { schema: toOpenApiSchema(schema, 'output') },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );
}

/** Sends the report as CSV when the request asks for it (see `wantsCsv`); JSON otherwise. */
@Injectable()
export class ReportFormatInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const layout = this.reflector.get<CsvLayout & { name: string }>(REPORT_CSV, context.getHandler());
    const http = context.switchToHttp();
    if (!layout || !wantsCsv(http.getRequest<FastifyRequest>())) return next.handle();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((report: TabularReport) => {
        void reply
          .header('content-type', csvContentType)
          .header('content-disposition', `attachment; filename="${layout.name}.csv"`)
          .header('x-report-filters', JSON.stringify(report.filters));
        return toCsv(report, layout);
      }),
    );
  }
}
