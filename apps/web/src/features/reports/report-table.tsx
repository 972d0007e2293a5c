import type { Column } from './definitions';

/**
 * The report's figures as a table: its caption (for screen readers; the heading above says it) names it, each row is headed by what it counts
 * (a stage, a source, a person), so a screen reader announces "Screening, Reached, 4".
 */
export function ReportTable<Row>({
  caption,
  rowHeader,
  columns,
  rows,
  timeZone,
}: {
  caption: string;
  rowHeader: Column<Row>;
  columns: Column<Row>[];
  rows: Row[];
  timeZone: string;
}) {
  return (
    <div className="report-table">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader.label}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{rowHeader.value(row, timeZone)}</th>
              {columns.map((column) => (
                <td key={column.label} className={column.numeric ? 'number' : undefined} data-column={column.label}>
                  {column.value(row, timeZone)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
