import type { ReactNode } from 'react';
import { type InfiniteData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { Empty, ErrorMessage, Loading } from '../../components/states';

interface CursorPage<Item> {
  data: Item[];
  nextCursor: string | null;
}

/** A cursor-paged list of the API (`nextCursor`), page after page as the user asks for more. */
export function useCursorList<Item>(queryKey: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<CursorPage<Item>>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function itemsOf<Item>(query: UseInfiniteQueryResult<InfiniteData<CursorPage<Item>>>): Item[] {
  return query.data?.pages.flatMap((page) => page.data) ?? [];
}

/** "Load more" under a list, with its own loading and error states for the next page. */
export function LoadMore({ query, what }: { query: UseInfiniteQueryResult<InfiniteData<unknown>>; what: string }) {
  if (query.isFetchNextPageError) return <ErrorMessage error={query.error} onRetry={() => void query.fetchNextPage()} />;
  if (query.isFetchingNextPage) return <Loading label={`Loading more ${what}…`} />;
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      <button type="button" className="button" onClick={() => void query.fetchNextPage()}>
        Load more {what}
      </button>
    </div>
  );
}

/** The first page's loading and error states, and the empty list, so no tab forgets one. */
export function ListState<Item>({
  query,
  items,
  empty,
  what,
}: {
  query: UseInfiniteQueryResult<InfiniteData<CursorPage<Item>>>;
  items: Item[];
  empty: string;
  what: string;
}) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} />;
  if (query.isError && !query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return null;
}

/**
 * A cursor-paged list as a table: its states, its column headings (an unnamed last column for
 * row actions when `actions`), the rows, and "Load more".
 */
export function PagedTable<Item>({
  query,
  items,
  what,
  empty,
  columns,
  actions = false,
  className = '',
  children,
}: {
  query: UseInfiniteQueryResult<InfiniteData<CursorPage<Item>>>;
  items: Item[];
  what: string;
  empty: string;
  columns: string[];
  actions?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      <ListState query={query} items={items} what={what} empty={empty} />
      {items.length > 0 && (
        <div className="table-scroll">
          <table className={`table ${className}`}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                {actions && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      <LoadMore query={query} what={what} />
    </>
  );
}
