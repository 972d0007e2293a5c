import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/types';
import type { PermissionName } from '../../app/session';
import { formatDate } from '../../lib/format';

export type FunnelReport = ResponseOf<'/api/v1/reports/funnel', 'get'>;
export type TimeInStageReport = ResponseOf<'/api/v1/reports/time-in-stage', 'get'>;
export type TimeToHireReport = ResponseOf<'/api/v1/reports/time-to-hire', 'get'>;
export type SourcesReport = ResponseOf<'/api/v1/reports/sources', 'get'>;
export type InterviewersReport = ResponseOf<'/api/v1/reports/interviewers', 'get'>;

/** What every report may be filtered by; each report takes a part of it. */
export interface ReportQuery {
  jobId?: string;
  department?: string;
  from?: string;
  to?: string;
}

export interface Column<Row> {
  label: string;
  /** Numbers align right and use tabular figures. */
  numeric?: boolean;
  value: (row: Row, timeZone: string) => ReactNode;
}

export interface Series<Row> {
  label: string;
  color: string;
  value: (row: Row) => number | null;
}

export interface ReportDefinition<Data, Row> {
  key: 'funnel' | 'time-in-stage' | 'time-to-hire' | 'sources' | 'interviewers';
  title: string;
  /** What the figures are, in a sentence a recruiter reads above the report. */
  description: string;
  permission: PermissionName;
  filters: { job?: true; department?: true };
  /** What the date range selects. */
  window: string;
  empty: string;
  load: (query: ReportQuery) => Promise<Data>;
  rows: (data: Data) => Row[];
  /** Whether a row counts anything: the stage reports list every stage, at zero when nothing happened. */
  counts?: (row: Row) => boolean;
  /** The first column, a row header: what the row is about. */
  rowHeader: Column<Row>;
  columns: Column<Row>[];
  chart: { series: Series<Row>[]; stacked?: boolean; unit?: string };
  summary?: (data: Data) => { label: string; value: ReactNode }[];
}

// Each definition is typed by its own route; the page only needs them as one list.
type AnyReport = ReportDefinition<unknown, unknown>;
const define = <Data, Row>(definition: ReportDefinition<Data, Row>) => definition as unknown as AnyReport;

const stageKinds: Record<FunnelReport['rows'][number]['kind'], string> = {
  applied: 'Applied',
  screening: 'Screening',
  technical_interview: 'Technical interview',
  coding_challenge: 'Coding challenge',
  onsite: 'Onsite',
  offer: 'Offer',
  hired: 'Hired',
  custom: 'Custom',
};

/** A job's stage by its name; across jobs, the kind of stage. */
const stageLabel = (row: { stageName: string | null; kind: FunnelReport['rows'][number]['kind'] }) => row.stageName ?? stageKinds[row.kind];

/** Nothing to show (no data, or nothing to divide by): a dash, read out as words. */
export function NoFigure() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">no data</span>
    </>
  );
}

/**
 * The routes also answer CSV (typed as a string); asked without `format`, they answer JSON, so the
 * data is the report's JSON body.
 */
const asJson = <Data,>(call: Promise<{ data?: Data | string; error?: unknown; response: Response }>) =>
  unwrap(call) as Promise<Exclude<Data, string>>;

const count = (value: number) => value.toLocaleString('en-GB');
const percent = (value: number | null) =>
  value === null ? <NoFigure /> : `${(value * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
const figure = (value: number | null, unit: string) =>
  value === null ? <NoFigure /> : `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${unit}`;

const COLORS = { blue: '#1d4ed8', teal: '#0f766e', amber: '#b45309', red: '#b91c1c', violet: '#6d28d9' };

const funnel = define<FunnelReport, FunnelReport['rows'][number]>({
  key: 'funnel',
  title: 'Funnel',
  description:
    'How far applications got: how many reached each stage (or went beyond it), are in it now, or ended there rejected or withdrawn, and the share that reached the next stage.',
  permission: 'reports:pipeline:read',
  filters: { job: true },
  window: 'applications received',
  empty: 'No applications were received in this period.',
  load: (query: QueryOf<'/api/v1/reports/funnel', 'get'>) => asJson(api.GET('/api/v1/reports/funnel', { params: { query } })),
  rows: (data) => data.rows,
  counts: (row) => row.reached > 0,
  rowHeader: { label: 'Stage', value: stageLabel },
  columns: [
    { label: 'Reached', numeric: true, value: (row) => count(row.reached) },
    { label: 'In stage now', numeric: true, value: (row) => count(row.current) },
    { label: 'Rejected here', numeric: true, value: (row) => count(row.rejected) },
    { label: 'Withdrew here', numeric: true, value: (row) => count(row.withdrawn) },
    { label: 'Reached next stage', numeric: true, value: (row) => percent(row.conversionRate) },
  ],
  chart: {
    series: [
      { label: 'Reached', color: COLORS.blue, value: (row) => row.reached },
      { label: 'In stage now', color: COLORS.teal, value: (row) => row.current },
    ],
    unit: 'applications',
  },
});

const timeInStage = define<TimeInStageReport, TimeInStageReport['rows'][number]>({
  key: 'time-in-stage',
  title: 'Time in stage',
  description:
    'How long applications stay in each stage, in days: the median and the slowest tenth (90th percentile). Time while rejected or withdrawn does not count.',
  permission: 'reports:pipeline:read',
  filters: { job: true },
  window: 'applications received',
  empty: 'No applications were received in this period.',
  load: (query: QueryOf<'/api/v1/reports/time-in-stage', 'get'>) => asJson(api.GET('/api/v1/reports/time-in-stage', { params: { query } })),
  rows: (data) => data.rows,
  counts: (row) => row.applications > 0,
  rowHeader: { label: 'Stage', value: stageLabel },
  columns: [
    { label: 'Applications', numeric: true, value: (row) => count(row.applications) },
    { label: 'Median', numeric: true, value: (row) => figure(row.medianDays, 'days') },
    { label: '90th percentile', numeric: true, value: (row) => figure(row.p90Days, 'days') },
  ],
  chart: {
    series: [
      { label: 'Median', color: COLORS.blue, value: (row) => row.medianDays },
      { label: '90th percentile', color: COLORS.amber, value: (row) => row.p90Days },
    ],
    unit: 'days',
  },
});

const timeToHire = define<TimeToHireReport, TimeToHireReport['rows'][number]>({
  key: 'time-to-hire',
  title: 'Time to hire',
  description:
    "For the hires made in the period, per job: days from application to hire (median and 90th percentile), and days from the job's opening to its first hire.",
  permission: 'reports:pipeline:read',
  filters: { department: true },
  window: 'hires made',
  empty: 'Nobody was hired in this period.',
  load: (query: QueryOf<'/api/v1/reports/time-to-hire', 'get'>) => asJson(api.GET('/api/v1/reports/time-to-hire', { params: { query } })),
  rows: (data) => data.rows,
  rowHeader: { label: 'Job', value: (row) => row.jobTitle },
  columns: [
    { label: 'Department', value: (row) => row.department ?? <NoFigure /> },
    { label: 'Hires', numeric: true, value: (row) => count(row.hires) },
    { label: 'Median', numeric: true, value: (row) => figure(row.medianDaysToHire, 'days') },
    { label: '90th percentile', numeric: true, value: (row) => figure(row.p90DaysToHire, 'days') },
    { label: 'Opened', value: (row, timeZone) => (row.openedAt ? formatDate(row.openedAt, timeZone) : <NoFigure />) },
    { label: 'First hire', value: (row, timeZone) => formatDate(row.firstHiredAt, timeZone) },
    { label: 'Opening to first hire', numeric: true, value: (row) => figure(row.daysToFirstHire, 'days') },
  ],
  chart: {
    series: [
      { label: 'Median days to hire', color: COLORS.blue, value: (row) => row.medianDaysToHire },
      { label: '90th percentile', color: COLORS.amber, value: (row) => row.p90DaysToHire },
    ],
    unit: 'days',
  },
  summary: ({ overall }) => [
    { label: 'Hires', value: count(overall.hires) },
    { label: 'Median days to hire', value: figure(overall.medianDaysToHire, 'days') },
    { label: '90th percentile', value: figure(overall.p90DaysToHire, 'days') },
    { label: 'Jobs with their first hire', value: count(overall.jobsWithFirstHire) },
    { label: 'Median opening to first hire', value: figure(overall.medianDaysToFirstHire, 'days') },
  ],
});

const sourceNames: Record<string, string> = {
  career_site: 'Career site',
  referral: 'Referral',
  job_board: 'Job board',
  agency: 'Agency',
  sourced: 'Sourced',
  other: 'Other',
};

const sources = define<SourcesReport, SourcesReport['rows'][number]>({
  key: 'sources',
  title: 'Sources',
  description: 'Where applications come from, and how far each source gets: past screening, to an offer, hired.',
  permission: 'reports:pipeline:read',
  filters: { job: true },
  window: 'applications received',
  empty: 'No applications were received in this period.',
  load: (query: QueryOf<'/api/v1/reports/sources', 'get'>) => asJson(api.GET('/api/v1/reports/sources', { params: { query } })),
  rows: (data) => data.rows,
  rowHeader: { label: 'Source', value: (row) => sourceNames[row.source] ?? row.source },
  columns: [
    { label: 'Applications', numeric: true, value: (row) => count(row.applications) },
    { label: 'Past screening', numeric: true, value: (row) => count(row.passedScreening) },
    { label: 'Offers', numeric: true, value: (row) => count(row.offers) },
    { label: 'Hires', numeric: true, value: (row) => count(row.hires) },
    { label: 'Hire rate', numeric: true, value: (row) => percent(row.hireRate) },
  ],
  chart: {
    series: [
      { label: 'Applications', color: COLORS.blue, value: (row) => row.applications },
      { label: 'Past screening', color: COLORS.teal, value: (row) => row.passedScreening },
      { label: 'Offers', color: COLORS.amber, value: (row) => row.offers },
      { label: 'Hires', color: COLORS.violet, value: (row) => row.hires },
    ],
    unit: 'applications',
  },
});

const interviewers = define<InterviewersReport, InterviewersReport['rows'][number]>({
  key: 'interviewers',
  title: 'Interviewers',
  description:
    'Per interviewer, the interviews that took place and their scorecards: on time (within 24 hours of the end), late or still missing.',
  permission: 'reports:interviewers:read',
  filters: {},
  window: 'interviews that ended',
  empty: 'No interviews took place in this period.',
  load: (query: QueryOf<'/api/v1/reports/interviewers', 'get'>) => asJson(api.GET('/api/v1/reports/interviewers', { params: { query } })),
  rows: (data) => data.rows,
  rowHeader: { label: 'Interviewer', value: (row) => row.interviewerName },
  columns: [
    { label: 'Interviews', numeric: true, value: (row) => count(row.interviews) },
    { label: 'On time', numeric: true, value: (row) => count(row.onTime) },
    { label: 'Late', numeric: true, value: (row) => count(row.late) },
    { label: 'Missing', numeric: true, value: (row) => count(row.missing) },
    { label: 'Median time to submit', numeric: true, value: (row) => figure(row.medianHoursToSubmit, 'hours') },
  ],
  chart: {
    series: [
      { label: 'On time', color: COLORS.teal, value: (row) => row.onTime },
      { label: 'Late', color: COLORS.amber, value: (row) => row.late },
      { label: 'Missing', color: COLORS.red, value: (row) => row.missing },
    ],
    stacked: true,
    unit: 'scorecards',
  },
});

/** The five reports, in the order of their tabs. */
export const reports: AnyReport[] = [funnel, timeInStage, timeToHire, sources, interviewers];
export type AnyReportDefinition = AnyReport;
