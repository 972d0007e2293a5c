import { Foundation1764500000000 } from './1764500000000-Foundation.js';
import { Accounts1764600000000 } from './1764600000000-Accounts.js';

/** Every migration, oldest first. `npm run migration:generate` appends here. */
export const migrations = [Foundation1764500000000, Accounts1764600000000];
