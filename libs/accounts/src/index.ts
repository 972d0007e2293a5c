export { AccountsError } from './accounts.errors.js';
export { accountsEntities, AccountsModule } from './accounts.module.js';
export { AuthService } from './auth.service.js';
export { type SessionTokens, type SignupInput, signupSchema, type UserView } from './dto/accounts.schemas.js';
export { Organization } from './entities/organization.entity.js';
export { User, type UserStatus, userStatuses } from './entities/user.entity.js';
export { slugify } from './organizations.service.js';
export { TenantOwnedEntity } from './entities/tenant-owned.entity.js';
export { OrganizationSetup } from './organization-setup.js';
export { UserAssignment } from './entities/user-assignment.entity.js';
export {
  type NotificationPreferences,
  readNotificationPreferences,
  readReminderPolicy,
  type ReminderPolicy,
  type UserNotificationKind,
  userNotificationKinds,
} from './settings/reminder-policy.js';
export { REFRESH_TOKEN_TRANSPORT_HEADER, SESSION_COOKIE, sessionCookieOf } from './session-cookie.js';
