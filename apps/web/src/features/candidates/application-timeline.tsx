import { useId } from 'react';
import { formatDateTime } from '../../lib/format';
import type { HistoryEntry } from './candidates-api';

/** One line of history as a recruiter would say it. */
export function describeEvent(entry: HistoryEntry): string {
  switch (entry.type) {
    case 'applied':
      return 'Applied';
    case 'moved':
      return `Moved from ${entry.fromStage?.name ?? 'a removed stage'} to ${entry.toStage?.name ?? 'a removed stage'}`;
    case 'rejected':
      return `Rejected${entry.rejectionReason ? `: ${entry.rejectionReason.name}` : ''}`;
    case 'withdrawn':
      return `Withdrew${entry.rejectionReason ? `: ${entry.rejectionReason.name}` : ''}`;
    case 'reopened':
      return 'Reopened';
    case 'hired':
      return 'Hired';
  }
}

/** The application's stage history, newest first, each entry with who and when. */
export function ApplicationTimeline({ history, timeZone }: { history: HistoryEntry[]; timeZone: string }) {
  const titleId = useId();
  const newestFirst = [...history].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId}>History</h4>
      {newestFirst.length === 0 ? (
        <p className="muted">No history yet.</p>
      ) : (
        <ol className="timeline" aria-label="Stage history, newest first">
          {newestFirst.map((entry) => (
            <li key={entry.id} className={`timeline-entry timeline-${entry.type}`}>
              <p className="timeline-what">{describeEvent(entry)}</p>
              <p className="muted">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, timeZone)}</time>
                {entry.actor ? ` · ${entry.actor.name}` : ''}
              </p>
              {entry.note && <p className="timeline-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
