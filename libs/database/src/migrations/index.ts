import { Foundation1764500000000 } from './1764500000000-Foundation.js';
import { Accounts1764600000000 } from './1764600000000-Accounts.js';
import { Pipeline1764700000000 } from './1764700000000-Pipeline.js';
import { CandidateSearchUnaccent1764800000000 } from './1764800000000-CandidateSearchUnaccent.js';
import { Interviews1764900000000 } from './1764900000000-Interviews.js';
import { Scorecards1765000000000 } from './1765000000000-Scorecards.js';
import { Reminders1765100000000 } from './1765100000000-Reminders.js';
import { OutboxProcessed1765150000000 } from './1765150000000-OutboxProcessed.js';
import { Reports1765200000000 } from './1765200000000-Reports.js';
import { BoardIndexes1765300000000 } from './1765300000000-BoardIndexes.js';
import { ReportSummaries1765400000000 } from './1765400000000-ReportSummaries.js';

/** Every migration, oldest first. `npm run migration:generate` appends here. */
export const migrations = [
  Foundation1764500000000,
  Accounts1764600000000,
  Pipeline1764700000000,
  CandidateSearchUnaccent1764800000000,
  Interviews1764900000000,
  Scorecards1765000000000,
  Reminders1765100000000,
  OutboxProcessed1765150000000,
  Reports1765200000000,
  BoardIndexes1765300000000,
  ReportSummaries1765400000000,
];
