export { AccountsError } from './accounts.errors.js';
export { accountsEntities, AccountsModule } from './accounts.module.js';
export { AuthService } from './auth.service.js';
export type { SessionTokens, SignupInput, UserView } from './dto/accounts.schemas.js';
export { Organization } from './entities/organization.entity.js';
export { User, type UserStatus, userStatuses } from './entities/user.entity.js';
export { slugify } from './organizations.service.js';
