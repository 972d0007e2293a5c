import type { EntityManager } from 'typeorm';

/**
 * Who answers for a job: its active recruiters, else the organisation's active admins. Told when
 * scorecards stay missing and sent the stale-stage digests.
 */
export async function jobOwnerIds(manager: EntityManager, organizationId: string, jobId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM job_recruiters r JOIN users u ON u.id = r.user_id AND u.status = 'active'
      WHERE r.job_id = $1 AND r.organization_id = $2
     UNION ALL
     SELECT u.id FROM users u
      WHERE u.organization_id = $2 AND u.role = 'admin' AND u.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM job_recruiters r JOIN users ru ON ru.id = r.user_id AND ru.status = 'active' WHERE r.job_id = $1)
     ORDER BY id`,
    [jobId, organizationId],
  );
  return rows.map((row) => row.id);
}

/**
 * The active applications of the organisation over their stage's SLA at `at`, limited to the jobs
 * `userId` answers for (see `jobOwnerIds`). The SQL of the digest and of its planning.
 */
export const staleApplicationsSql = (select: string) => `
  SELECT ${select}
    FROM applications a
    JOIN stages s ON s.id = a.stage_id
    JOIN jobs j ON j.id = a.job_id
    JOIN candidates c ON c.id = a.candidate_id
    JOIN users recipient ON recipient.organization_id = a.organization_id AND recipient.status = 'active'
   WHERE a.organization_id = $1 AND a.status = 'active' AND j.status IN ('open', 'on_hold')
     AND a.stage_entered_at + make_interval(days => coalesce(s.sla_days, $2)) <= $3
     AND (EXISTS (SELECT 1 FROM job_recruiters r WHERE r.job_id = a.job_id AND r.user_id = recipient.id)
          OR (recipient.role = 'admin' AND NOT EXISTS (
                SELECT 1 FROM job_recruiters r JOIN users ru ON ru.id = r.user_id AND ru.status = 'active' WHERE r.job_id = a.job_id)))`;
