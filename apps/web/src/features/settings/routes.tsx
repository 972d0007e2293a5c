import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { type SettingsTabPath, settingsTabs } from './tabs';

/** A tab, loaded when first opened, behind the permission that lets a role see it. */
function tab(path: SettingsTabPath, load: () => Promise<ComponentType>): RouteObject {
  const { permission } = settingsTabs.find((candidate) => candidate.path === path)!;
  return {
    path,
    lazy: async () => {
      const [{ RequirePermission }, Tab] = await Promise.all([import('./settings-layout'), load()]);
      return {
        Component: () => (
          <RequirePermission permission={permission}>
            <Tab />
          </RequirePermission>
        ),
      };
    },
  };
}

/** /settings and its tabs (the tab list and its permissions: settings-layout.tsx). */
export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    lazy: async () => {
      const { SettingsLayout } = await import('./settings-layout');
      return { Component: SettingsLayout };
    },
    children: [
      {
        index: true,
        lazy: async () => {
          const { SettingsIndex } = await import('./settings-layout');
          return { Component: SettingsIndex };
        },
      },
      tab('team', async () => (await import('./team-tab')).TeamTab),
      tab('reminder-policy', async () => (await import('./policy-tab')).PolicyTab),
      tab('rejection-reasons', async () => (await import('./rejection-reasons-tab')).RejectionReasonsTab),
      tab('reminders', async () => (await import('./reminders-tab')).RemindersTab),
      tab('audit-log', async () => (await import('./audit-tab')).AuditTab),
    ],
  },
];
