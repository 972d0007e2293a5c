import { NavLink, Outlet } from 'react-router';
import { useMe, useSession } from './session';

/** The signed-in frame: skip link, navigation by what the role may do, the user's menu. */
export function AppLayout() {
  const me = useMe();
  const { signOut } = useSession();
  const links = [
    { to: '/jobs', label: 'Jobs', show: me.can('jobs:read') },
    { to: '/candidates', label: 'Candidates', show: me.can('candidates:read') },
    { to: '/interviews', label: 'My interviews', show: me.can('interviews:read') },
    { to: '/reports', label: 'Reports', show: me.can('reports:pipeline:read') || me.can('reports:interviewers:read') },
    { to: '/settings', label: 'Settings', show: me.can('users:read') || me.can('organization:read') },
  ];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">{me.organization.name}</span>
        <nav aria-label="Main">
          <ul>
            {links
              .filter((link) => link.show)
              .map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to}>{link.label}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="user-menu">
          <NavLink to="/profile">{me.user.name}</NavLink>
          <button type="button" className="button button-quiet" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** Pages without an account (sign-in, career page, a candidate's challenge): no navigation. */
export function PublicLayout() {
  return (
    <div className="app app-public">
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
