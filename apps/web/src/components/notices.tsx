import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface Notice {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

const NoticesContext = createContext<((tone: Notice['tone'], message: string) => void) | null>(null);
let nextId = 1;

/** Short confirmations and failures of background actions, announced politely to screen readers. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((tone: Notice['tone'], message: string) => {
    const id = nextId++;
    setNotices((current) => [...current, { id, tone, message }]);
    setTimeout(() => setNotices((current) => current.filter((notice) => notice.id !== id)), tone === 'error' ? 8000 : 4000);
  }, []);
  return (
    <NoticesContext.Provider value={notify}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((notice) => (
          <p key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.message}
          </p>
        ))}
      </div>
    </NoticesContext.Provider>
  );
}

export function useNotify() {
  const notify = useContext(NoticesContext);
  if (!notify) throw new Error('useNotify outside NoticesProvider');
  return useMemo(
    () => ({ success: (message: string) => notify('success', message), error: (message: string) => notify('error', message) }),
    [notify],
  );
}
