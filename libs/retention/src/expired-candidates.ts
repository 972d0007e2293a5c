/**
 * The rule of the retention job, as SQL over the tables themselves (this library sits beside the
 * candidates library and reads the applications' tables by SQL, as candidate visibility does; it
 * does not import the libraries above it).
 *
 * A candidate of organisation `$1` is due for erasure when they are not erased yet, have no
 * application with status `active`, and nothing about them happened at or after the cut-off `$2`
 * (now minus the organisation's `retention_months`). What counts as activity:
 * - the candidate row: `created_at`, `updated_at` (any edit of the profile, a résumé upload);
 * - each of their applications: `created_at`, `updated_at` (moves, rejection, hire, reopening all
 *   touch it), `closed_at`;
 * - on those applications: `application_events` (`occurred_at`, `created_at`, `updated_at`),
 *   `application_notes` (`created_at`, `updated_at`), `interviews` (`created_at`, `updated_at`,
 *   and `ends_at`, so an interview still to come counts), `coding_challenges` (`created_at`,
 *   `updated_at`, `submitted_at`, `due_at`) and `scorecards` (`created_at`, `updated_at`,
 *   `submitted_at`).
 * Not counted: reminders and emails the system sent, audit events (an export, a view): they are
 * the system's doing or a read, not a step of a hiring process.
 *
 * Written as NOT EXISTS probes so each one stops at the first recent row, along the indexes on
 * `applications (candidate_id)` and on `application_id` of each child table.
 */
const EXPIRED_CANDIDATE = `
  c.organization_id = $1
  AND c.erased_at IS NULL
  AND GREATEST(c.created_at, c.updated_at) < $2
  AND NOT EXISTS (
    SELECT 1 FROM applications a
     WHERE a.candidate_id = c.id
       AND (a.status = 'active'
         OR GREATEST(a.created_at, a.updated_at, a.closed_at) >= $2
         OR EXISTS (SELECT 1 FROM application_events e
                     WHERE e.application_id = a.id AND GREATEST(e.occurred_at, e.created_at, e.updated_at) >= $2)
         OR EXISTS (SELECT 1 FROM application_notes n
                     WHERE n.application_id = a.id AND GREATEST(n.created_at, n.updated_at) >= $2)
         OR EXISTS (SELECT 1 FROM interviews i
                     WHERE i.application_id = a.id AND GREATEST(i.created_at, i.updated_at, i.ends_at) >= $2)
         OR EXISTS (SELECT 1 FROM coding_challenges cc
                     WHERE cc.application_id = a.id AND GREATEST(cc.created_at, cc.updated_at, cc.submitted_at, cc.due_at) >= $2)
         OR EXISTS (SELECT 1 FROM scorecards s
                     WHERE s.application_id = a.id AND GREATEST(s.created_at, s.updated_at, s.submitted_at) >= $2)))`;

/** One page of due candidates' ids, in id order after `$3` (keyset), at most `$4`. */
export const EXPIRED_CANDIDATES_PAGE = `
  SELECT c.id FROM candidates c
   WHERE ${EXPIRED_CANDIDATE}
     AND c.id > $3
   ORDER BY c.id
   LIMIT $4`;

/** Whether candidate `$3` is still due: asked again inside the erasure's transaction, the row locked. */
export const CANDIDATE_STILL_EXPIRED = `
  SELECT 1 FROM candidates c
   WHERE ${EXPIRED_CANDIDATE}
     AND c.id = $3`;
