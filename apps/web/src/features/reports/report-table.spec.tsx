import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FunnelReport, reports } from './definitions';
import { ReportTable } from './report-table';

const funnel = reports.find((report) => report.key === 'funnel')!;
const row = (kind: FunnelReport['rows'][number]['kind'], stageName: string | null, figures: Partial<FunnelReport['rows'][number]>) => ({
  stageId: null,
  stageName,
  position: null,
  kind,
  reached: 0,
  current: 0,
  rejected: 0,
  withdrawn: 0,
  conversionRate: null,
  ...figures,
});

describe('a report table', () => {
  it('heads each row by its stage (by kind across jobs), with the figures in words a screen reader can read', () => {
    const rows = [
      row('screening', null, { reached: 1234, current: 2, rejected: 1, conversionRate: 0.3333 }),
      row('hired', 'Hired', { reached: 0 }),
    ];
    render(<ReportTable caption="Funnel" rowHeader={funnel.rowHeader} columns={funnel.columns} rows={rows} timeZone="UTC" />);
    const table = screen.getByRole('table', { name: 'Funnel' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Stage', 'Reached', 'In stage now', 'Rejected here', 'Withdrew here', 'Reached next stage']);
    const [screening, hired] = within(table).getAllByRole('rowheader');
    expect(screening).toHaveTextContent('Screening');
    const cells = within(screening!.closest('tr')!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['1,234', '2', '1', '0', '33.3%']);
    // No next stage: a dash on screen, "no data" to a screen reader.
    expect(within(hired!.closest('tr')!).getAllByRole('cell').at(-1)).toHaveTextContent('—no data');
  });
});
