import type { OrganizationView, UserView } from './dto/accounts.schemas.js';
import type { Organization } from './entities/organization.entity.js';
import type { User } from './entities/user.entity.js';

export const toUserView = (user: User): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  status: user.status,
  timezone: user.timezone,
  lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  createdAt: user.createdAt.toISOString(),
});

export const toOrganizationView = (organization: Organization): OrganizationView => ({
  id: organization.id,
  name: organization.name,
  slug: organization.slug,
  timezone: organization.timezone,
});
