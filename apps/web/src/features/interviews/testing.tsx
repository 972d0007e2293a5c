import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { MemoryRouter } from 'react-router';
import { NoticesProvider } from '../../components/notices';

/** For component tests only: what openapi-fetch resolves to, with the API stubbed. */
export const ok = (data: unknown, status = 200) => ({ data, response: { ok: true, status } });
export const problem = (status: number, body: Record<string, unknown>) => ({ error: { status, ...body }, response: { ok: false, status } });

/** jsdom has no modal dialogs; the browser tests cover the real <dialog>. */
export function polyfillDialog() {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

/** A fresh query cache, notices and a router around a component under test. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
      <NoticesProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </NoticesProvider>
    </QueryClientProvider>
  );
}
