import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { SelectField } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { itemsOf, PagedTable, useCursorList } from './cursor-list';
import { type AuditEvent, auditTypeLabels, describeAuditData, nestedAuditData } from './labels';

type AuditType = AuditEvent['type'];

/** The security trail: who signed in, invited, changed roles or settings, exported or erased data. */
export function AuditTab() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const type = (params.get('type') || undefined) as AuditType | undefined;
  const query = useCursorList(['audit-events', { type }], (cursor) =>
    unwrap(api.GET('/api/v1/audit-events', { params: { query: { type, cursor, limit: 50 } } })),
  );
  // Events name people by id; the whole team (users are deactivated, never deleted) names them.
  const team = useQuery({ queryKey: ['users', 'names'], queryFn: allUserNames, enabled: me.can('users:read') });
  const nameOf = (id: string | null) => (id ? (team.data?.get(id) ?? 'Someone outside the team list') : '—');
  const events = itemsOf(query);
  return (
    <section className="settings-section" aria-labelledby="audit-title">
      <header>
        <h2 id="audit-title">Audit log</h2>
      </header>
      <div className="filters">
        <SelectField
          label="Event"
          name="type"
          value={type ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setParams(value ? { type: value } : {}, { replace: true });
          }}
        >
          <option value="">All events</option>
          {(Object.keys(auditTypeLabels) as AuditType[]).map((value) => (
            <option key={value} value={value}>
              {auditTypeLabels[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <PagedTable
        query={query}
        items={events}
        what="events"
        empty={type ? 'No events of this kind.' : 'Nothing recorded yet.'}
        columns={['When', 'Event', 'By', 'Concerning', 'Details', 'From']}

        className="audit-table"
      >
        {events.map((event) => (
          <tr key={event.id}>
            <td className="nowrap">{formatDateTime(event.createdAt, me.effectiveTimezone)}</td>
            <td>{auditTypeLabels[event.type]}</td>
            <td>{nameOf(event.actorUserId)}</td>
            <td>{event.targetUserId ? nameOf(event.targetUserId) : '—'}</td>
            <td className="audit-details">
              <AuditDetails data={event.data} />
            </td>
            <td>
              {event.ip ?? '—'}
              {event.userAgent && (
                <span className="cell-detail" title={event.userAgent}>
                  {shortAgent(event.userAgent)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </PagedTable>
    </section>
  );
}

async function allUserNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/v1/users', { params: { query: { limit: 200, cursor } } }));
    for (const user of page.data) names.set(user.id, user.name);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return names;
}

function AuditDetails({ data }: { data: Record<string, unknown> }) {
  const summary = describeAuditData(data);
  const nested = nestedAuditData(data);
  if (!summary && !nested) return <span className="muted">—</span>;
  return (
    <>
      {summary}
      {nested && (
        <details>
          <summary>Before and after</summary>
          <pre>{nested}</pre>
        </details>
      )}
    </>
  );
}

/** "Mozilla/5.0 (X11; Linux x86_64) … Chrome/131.0 …" → "Chrome on Linux". */
export function shortAgent(agent: string): string {
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : null;
  const system = /Windows/.test(agent)
    ? 'Windows'
    : /Mac OS X/.test(agent)
      ? 'macOS'
      : /Android/.test(agent)
        ? 'Android'
        : /iPhone|iPad/.test(agent)
          ? 'iOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  if (!browser) return agent.slice(0, 40);
  return system ? `${browser} on ${system}` : browser;
}
