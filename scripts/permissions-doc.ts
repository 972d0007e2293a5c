/**
 * `npm run docs:permissions` renders docs/permissions.md from the permission matrix
 * (libs/auth/src/permissions.ts). The file is committed; test/permissions-doc.spec.ts fails when
 * it no longer matches the matrix.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Permission, permissionDescriptions, type Role, rolePermissions, roles } from '@hp/auth';

/** Where the rendered file lives, relative to the repository root. */
export const permissionsDocPath = 'docs/permissions.md';

const roleTitle = (role: Role) => (role.charAt(0).toUpperCase() + role.slice(1)).replaceAll('_', ' ');

/** docs/permissions.md, as the matrix says it should read. */
export function renderPermissionsDoc(): string {
  const permissions = Object.entries(Permission) as [string, Permission][];
  const header = `| Permission | ${roles.map(roleTitle).join(' | ')} |`;
  const rule = `|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = permissions.map(
    ([, permission]) =>
      `| \`${permission}\` | ${roles.map((role) => (rolePermissions[role].includes(permission) ? '✓' : '')).join(' | ')} |`,
  );
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const descriptions = permissions.map(
    ([name, permission]) => `- \`${permission}\` (\`Permission.${name}\`): ${sentence(permissionDescriptions[permission])}`,
  );
  return `# Permissions

<!-- Generated from libs/auth/src/permissions.ts by \`npm run docs:permissions\`. Do not edit by hand: change the matrix and regenerate. -->

Who may do what in an organisation. Every user has exactly one role; a role holds the permissions
ticked below, and nothing else.

## Roles × permissions

${header}
${rule}
${rows.join('\n')}

## What each permission allows

${descriptions.join('\n')}

## Routes

Every route declares exactly one access rule, which the API's global guard enforces (a route
without one is refused, and the API does not start while any route lacks one). The OpenAPI
document at \`/docs\` shows each operation's rule as its \`x-access\` extension.

- \`@Public()\`: no sign-in (sign-up, login, password reset, accepting an invitation, health and
  metrics, later the career site). Rate-limited per IP address, except health checks and metrics.
- \`@Authenticated()\`: any signed-in user of the organisation, whatever their role: their own
  profile, password and sessions.
- \`@RequirePermission(permission)\`: a signed-in user whose role holds that permission in the table
  above. Any other role gets \`403\` with the code \`PERMISSION_DENIED\`; no token at all gets \`401\`.

## Object-level rules

The table says which routes a role may call. Which objects it may act on is decided by the
services on top of it: a hiring manager works on their own jobs, an interviewer on the panels they
sit on. Every object belongs to one organisation, and an id of another organisation's object
answers \`404\`, exactly like an id that does not exist.
`;
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  writeFileSync(join(root, permissionsDocPath), renderPermissionsDoc());
  console.log(`Wrote ${permissionsDocPath}`);
}

// Writes only when run (`node dist/scripts/permissions-doc.js`), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
