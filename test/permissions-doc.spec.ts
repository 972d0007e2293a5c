import { readFileSync } from 'node:fs';
import { Permission, permissionDescriptions, roles } from '@hp/auth';
import { describe, expect, it } from 'vitest';
import { permissionsDocPath, renderPermissionsDoc } from '../scripts/permissions-doc.js';

describe('docs/permissions.md', () => {
  it('is what the permission matrix renders (run `npm run docs:permissions` after changing the matrix)', () => {
    expect(readFileSync(permissionsDocPath, 'utf8')).toBe(renderPermissionsDoc());
  });

  it('has a row per permission, a column per role, and every description', () => {
    const rendered = renderPermissionsDoc();
    const rows = rendered.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(Object.values(Permission).length);
    for (const row of rows) expect(row.split('|').length - 3).toBe(roles.length);
    // The admin holds every permission.
    expect(rows.every((row) => row.split('|')[2]!.includes('✓'))).toBe(true);
    for (const description of Object.values(permissionDescriptions)) expect(rendered).toContain(description);
  });
});
