import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Organization } from './entities/organization.entity.js';

const UNIQUE_VIOLATION = '23505';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || 'organization';
}

@Injectable()
export class OrganizationsService {
  /** Creates an organisation with a unique slug: the name's, else the name's plus a short suffix. */
  async create(manager: EntityManager, name: string): Promise<Organization> {
    const base = slugify(name);
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
      // A savepoint, so a taken slug does not abort the caller's transaction.
      const created = await manager
        .transaction(async (inner) => inner.save(inner.create(Organization, { name, slug })))
        .catch((error: { code?: string; constraint?: string }) => {
          if (error.code === UNIQUE_VIOLATION && error.constraint === 'organizations_slug_unique' && attempt < 5) return undefined;
          throw error;
        });
      if (created) return created;
    }
  }
}
