import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/session';
import { Page } from '../../components/page';
import { Empty, ErrorMessage, Loading } from '../../components/states';
import { formatDate } from '../../lib/format';
import { type CandidateSummary, fullName, sourceLabels, useCandidateSearch } from './candidates-api';
import { useDebouncedValue } from './use-debounced-value';
import './candidates.css';

export const SEARCH_DEBOUNCE_MS = 250;

/** Candidates, searched as you type; the words live in the address so Back returns to the results. */
export function CandidatesPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = useCandidateSearch(q);

  const onChange = (value: string) => {
    setText(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };

  const candidates = search.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Page
      title="Candidates"
      wide
      actions={
        me.can('candidates:manage') && (
          <Link className="button button-primary" to="/candidates/new">
            Add candidate
          </Link>
        )
      }
    >
      <div className="stack">
        <form role="search" className="candidates-search" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="candidate-search">Search candidates</label>
          <input
            id="candidate-search"
            className="input"
            type="search"
            value={text}
            onChange={(event) => onChange(event.target.value)}
            placeholder="Name, email, tag or résumé words"
            autoComplete="off"
            aria-describedby="candidate-search-hint"
          />
          <p id="candidate-search-hint" className="field-hint">
            Results update as you type; small typos in names and emails still match.
          </p>
        </form>
        <div aria-live="polite" aria-busy={search.isFetching}>
          {search.isPending ? (
            <Loading label="Finding candidates…" />
          ) : search.isError ? (
            <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />
          ) : candidates.length === 0 ? (
            <Empty>
              {q ? (
                <p>No candidate matches “{q}”. Check the spelling, or try fewer words.</p>
              ) : (
                <p>No candidates yet.{me.can('candidates:manage') && ' Add the first one with “Add candidate”.'}</p>
              )}
            </Empty>
          ) : (
            <CandidateTable candidates={candidates} timeZone={me.effectiveTimezone} searched={Boolean(q)} />
          )}
          {search.hasNextPage && (
            <p>
              <button type="button" className="button" disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
                {search.isFetchingNextPage ? 'Loading more…' : 'Show more candidates'}
              </button>
            </p>
          )}
        </div>
      </div>
    </Page>
  );
}

function CandidateTable({ candidates, timeZone, searched }: { candidates: CandidateSummary[]; timeZone: string; searched: boolean }) {
  return (
    <table className="table candidates-table">
      <caption className="visually-hidden">{searched ? 'Matching candidates, best match first' : 'Candidates'}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Location</th>
          <th scope="col">Tags</th>
          <th scope="col">Source</th>
          <th scope="col">Added</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate) => (
          <tr key={candidate.id}>
            <td>
              <Link to={`/candidates/${candidate.id}`}>{fullName(candidate)}</Link>
            </td>
            <td>{candidate.email ?? <span className="muted">Erased</span>}</td>
            <td>{candidate.location ?? <span className="muted">—</span>}</td>
            <td>
              {candidate.tags.map((tag) => (
                <span key={tag} className="badge candidate-tag">
                  {tag}
                </span>
              ))}
            </td>
            <td>{sourceLabels[candidate.source]}</td>
            <td>{formatDate(candidate.createdAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
