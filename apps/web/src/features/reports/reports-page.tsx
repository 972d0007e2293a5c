import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, NavLink, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { useMe } from '../../app/session';
import { fieldErrorsOf } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { ErrorMessage, QueryState } from '../../components/states';
import { windowOf } from './dates';
import { type AnyReportDefinition, type ReportQuery, reports } from './definitions';
import { downloadReportCsv } from './download';
import { ReportChart } from './report-chart';
import { type FilterValues, ReportFilters } from './report-filters';
import { ReportTable } from './report-table';
import './reports.css';

/**
 * /reports/:report — the five hiring reports as tabs, each with its filters (kept in the address,
 * so a filtered report can be bookmarked or shared), a chart, the same figures as a table, and a
 * CSV download. Only the reports the role may read are offered.
 */
export function ReportsPage() {
  const me = useMe();
  const { report: key } = useParams();
  const [searchParams] = useSearchParams();
  const allowed = reports.filter((report) => me.can(report.permission));
  const report = reports.find((candidate) => candidate.key === key);

  if (!key && allowed[0]) return <Navigate to={{ pathname: `/reports/${allowed[0].key}`, search: searchParams.toString() }} replace />;
  return (
    <Page title={report ? `Reports: ${report.title}` : 'Reports'} wide>
      <nav aria-label="Reports" className="tabs">
        {allowed.map((entry) => (
          <NavLink key={entry.key} to={{ pathname: `/reports/${entry.key}`, search: searchParams.toString() }}>
            {entry.title}
          </NavLink>
        ))}
      </nav>
      {!report ? (
        <ErrorMessage error={new ApiProblem({ status: 404, detail: 'There is no such report. Choose one of the tabs above.' })} />
      ) : !me.can(report.permission) ? (
        <ErrorMessage
          error={new ApiProblem({ status: 403, code: 'PERMISSION_DENIED', detail: 'Your role does not include this report.' })}
        />
      ) : (
        <ReportView key={report.key} report={report} timeZone={me.effectiveTimezone} />
      )}
    </Page>
  );
}

/** The filters of `report` read from the address, and the query the API takes for them. */
function useReportFilters(report: AnyReportDefinition, timeZone: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const values: FilterValues = {
    job: searchParams.get('job') ?? '',
    department: searchParams.get('department') ?? '',
    from: searchParams.get('from') ?? '',
    to: searchParams.get('to') ?? '',
  };
  const query: ReportQuery = {
    ...(report.filters.job && values.job ? { jobId: values.job } : {}),
    ...(report.filters.department && values.department ? { department: values.department } : {}),
    ...windowOf(values.from, values.to, timeZone),
  };
  const change = (name: keyof FilterValues, value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { values, query, change };
}

function ReportView({ report, timeZone }: { report: AnyReportDefinition; timeZone: string }) {
  const { values, query, change } = useReportFilters(report, timeZone);
  const result = useQuery({ queryKey: ['reports', report.key, query], queryFn: () => report.load(query) });
  const notify = useNotify();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      const fileName = await downloadReportCsv(report, query);
      notify.success(`Downloaded ${fileName}.`);
    } catch (error) {
      notify.error(error instanceof ApiProblem ? `The CSV could not be downloaded: ${error.message}` : 'The CSV could not be downloaded.');
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className="report stack" aria-labelledby="report-title">
      <header className="report-header">
        <div>
          <h2 id="report-title">{report.title}</h2>
          <p className="muted report-description">{report.description}</p>
        </div>
        <button type="button" className="button" onClick={() => void download()} disabled={downloading}>
          {downloading ? 'Preparing CSV…' : 'Download CSV'}
        </button>
      </header>
      <ReportFilters report={report} values={values} errors={fieldErrorsOf(result.error)} timeZone={timeZone} onChange={change} />
      <QueryState
        query={result}
        isEmpty={(data) => !report.rows(data).some((row) => report.counts?.(row) ?? true)}
        empty={report.empty}
        loadingLabel={`Computing the ${report.title.toLowerCase()} report…`}
      >
        {(data) => {
          const rows = report.rows(data);
          return (
            <>
              {report.summary && (
                <dl className="report-summary">
                  {report.summary(data).map((entry) => (
                    <div key={entry.label} className="card">
                      <dt>{entry.label}</dt>
                      <dd>{entry.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <figure className="card report-figure">
                <ReportChart
                  rows={rows}
                  category={(row) => report.rowHeader.value(row, timeZone)}
                  series={report.chart.series}
                  stacked={report.chart.stacked}
                  unit={report.chart.unit}
                />
                <figcaption className="muted">The table below holds the same figures.</figcaption>
              </figure>
              <ReportTable caption={report.title} rowHeader={report.rowHeader} columns={report.columns} rows={rows} timeZone={timeZone} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
