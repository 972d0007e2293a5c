import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import type { Series } from './definitions';

interface ReportChartProps<Row> {
  rows: Row[];
  category: (row: Row) => ReactNode;
  series: Series<Row>[];
  stacked?: boolean;
  unit?: string;
}

/**
 * The figures as bars, one group per row. Hidden from assistive technology, and recharts' keyboard
 * layer off so nothing hidden takes focus: the table below holds the same figures, in a form a
 * screen reader can walk through.
 */
export function ReportChart<Row>({ rows, category, series, stacked, unit }: ReportChartProps<Row>) {
  const data = rows.map((row) => ({
    name: textOf(category(row)),
    ...Object.fromEntries(series.map((entry) => [entry.label, entry.value(row)])),
  }));
  return (
    <div className="report-chart" aria-hidden="true" data-testid="report-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        style={{ width: '100%', height: 320 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
        <YAxis
          allowDecimals={unit === 'days' || unit === 'hours'}
          width={48}
          label={unit ? { value: unit, angle: -90, position: 'insideLeft' } : undefined}
        />
        <Tooltip />
        {/* In the order of the series (the table's columns), not alphabetical. */}
        <Legend itemSorter={null} />
        {series.map((entry) => (
          <Bar
            key={entry.label}
            dataKey={entry.label}
            name={entry.label}
            fill={entry.color}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

function textOf(node: ReactNode): string {
  return typeof node === 'string' || typeof node === 'number' ? String(node) : '—';
}
