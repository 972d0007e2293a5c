import type { ReactNode } from 'react';
import { Navigate, NavLink, Outlet } from 'react-router';
import { type PermissionName, useMe } from '../../app/session';
import { Page } from '../../components/page';
import { settingsTabs } from './tabs';
import './settings.css';

export function SettingsLayout() {
  const me = useMe();
  const tabs = settingsTabs.filter((tab) => me.can(tab.permission));
  return (
    <Page
      title="Settings"
      wide
      actions={
        me.can('queues:dashboard') ? (
          // The dashboard is a separate app; the session cookie signs the admin in there.
          <a className="button" href="/admin/queues">
            Queue dashboard
          </a>
        ) : undefined
      }
    >
      <nav aria-label="Settings sections">
        <ul className="tabs settings-tabs">
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={tab.path}>{tab.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </Page>
  );
}

/** /settings opens the first tab the role may see. */
export function SettingsIndex() {
  const me = useMe();
  const first = settingsTabs.find((tab) => me.can(tab.permission));
  if (!first) return <p>Your role has no settings to see. Ask an administrator if you need to change something.</p>;
  return <Navigate to={first.path} replace />;
}

/** A tab opened by address by a role that may not see it. */
export function RequirePermission({ permission, children }: { permission: PermissionName; children: ReactNode }) {
  const me = useMe();
  if (!me.can(permission)) {
    return (
      <div className="state state-error" role="alert">
        <p>Your role does not allow you to see this section. Ask an administrator if you need it.</p>
      </div>
    );
  }
  return <>{children}</>;
}
