/**
 * The SQL of the reports. Each statement follows a `visible_jobs` CTE that the service puts first
 * (the caller's organisation, narrowed by `restrictToVisibleJobs` and the filters), and names
 * `organization_id = :organizationId` on every tenant table it reads. Named parameters (`:from`,
 * `:to`, `:now`, `:jobId`…) become `$n` in `ReportsService.run`. Nothing is counted in Node: each
 * statement returns the report's rows.
 */

/** Inclusive-exclusive window on a timestamp column; a bound left out is not filtered on. */
export function windowOn(column: string, window: { from?: string; to?: string }): string {
  return [window.from ? `AND ${column} >= :from` : '', window.to ? `AND ${column} < :to` : ''].join(' ');
}

/** The order of stage kinds in the figures by kind (`custom` is left out of those). */
const kindOrder = (column: string) =>
  `array_position(ARRAY['applied', 'screening', 'technical_interview', 'coding_challenge', 'onsite', 'offer', 'hired'], ${column})`;

const integer = (expression: string) => `CAST(coalesce(${expression}, 0) AS integer)`;
const rounded = (expression: string, places: number) => `CAST(round(CAST(${expression} AS numeric), ${places}) AS float8)`;
const percentiles = (value: string, name: string) =>
  `${rounded(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value})`, 2)} AS "median${name}",
   ${rounded(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${value})`, 2)} AS "p90${name}"`;

/**
 * The applications a report counts: those applied in the window. Whole UTC months inside the
 * window come from `application_report_counts` (counters kept by triggers on every change, see
 * migration 1765400000000-ReportSummaries); the rest of the window (its partial first and last
 * months, or all of it when it holds no whole month) from `application_report_state`, one row
 * per application. The service passes the whole months as `:monthsFrom` (inclusive) and
 * `:monthsTo` (exclusive), either left out when that side of the window is open.
 */
export interface AppliedWindow {
  /** The window on `applied_at` (`windowOn`), for the per-application rows. */
  applied: string;
  /** Whether the window has a first and a last whole month (`:monthsFrom`, `:monthsTo`). */
  monthsFrom: boolean;
  monthsTo: boolean;
}

/**
 * `summary`: the applications to the visible jobs applied in the window, counted (`n`) per job,
 * current stage (and its kind), status, source and `furthest`: the highest position, as positions
 * are now, of any stage the application was ever in. The counters keep the set of stages visited,
 * not a position, so `furthest` is computed here, once per distinct set.
 */
function summaryCtes(window: AppliedWindow): string {
  const inMonths = [
    window.monthsFrom ? 'AND counted.applied_month >= :monthsFrom' : '',
    window.monthsTo ? 'AND counted.applied_month < :monthsTo' : '',
  ];
  const outsideMonths = [
    window.monthsFrom ? 'application.applied_at < :monthsFrom' : '',
    window.monthsTo ? 'application.applied_at >= :monthsTo' : '',
  ].filter(Boolean);
  return `
  counted AS (
    SELECT counted.job_id, counted.stage_id, counted.status, counted.source, counted.visited, counted.applications AS n
      FROM application_report_counts counted
     WHERE counted.organization_id = :organizationId AND counted.job_id IN (SELECT id FROM visible_jobs)
       ${inMonths.join(' ')}
    UNION ALL
    SELECT application.job_id, application.stage_id, application.status, application.source, application.visited, 1
      FROM application_report_state application
     WHERE application.organization_id = :organizationId AND application.job_id IN (SELECT id FROM visible_jobs)
       ${window.applied} AND ${outsideMonths.length ? `(${outsideMonths.join(' OR ')})` : 'false'}
  ),
  grouped AS (
    SELECT job_id, stage_id, status, source, visited, sum(n) AS n FROM counted GROUP BY job_id, stage_id, status, source, visited
  ),
  furthest AS (
    SELECT sets.visited, max(visited_stage.position) AS position
      FROM (SELECT DISTINCT visited FROM grouped) sets
      CROSS JOIN LATERAL unnest(sets.visited) AS visit(stage_id)
      JOIN stages visited_stage ON visited_stage.id = visit.stage_id
     GROUP BY sets.visited
  ),
  summary AS (
    SELECT grouped.job_id, grouped.stage_id, current_stage.kind AS stage_kind, grouped.status, grouped.source,
           furthest.position AS furthest, sum(grouped.n) AS n
      FROM grouped
      LEFT JOIN furthest ON furthest.visited = grouped.visited
      JOIN stages current_stage ON current_stage.id = grouped.stage_id
     GROUP BY grouped.job_id, grouped.stage_id, current_stage.kind, grouped.status, grouped.source, furthest.position
  )`;
}

/** The conversion to the next row: its `reached` over this one's. */
const conversion = (order: string) =>
  `CAST(round(lead(reached) OVER (ORDER BY ${order}) / nullif(CAST(reached AS numeric), 0), 4) AS float8) AS "conversionRate"`;

/** Funnel of `:jobId`: one row per current stage, in pipeline order. */
export function funnelByStageSql(window: AppliedWindow): string {
  return `${summaryCtes(window)},
  rows AS (
    SELECT stage.id AS "stageId", stage.name AS "stageName", stage.position, stage.kind,
           ${integer(`sum(summary.n) FILTER (WHERE summary.furthest >= stage.position)`)} AS reached,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_id = stage.id AND summary.status IN ('active', 'hired'))`)} AS current,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_id = stage.id AND summary.status = 'rejected')`)} AS rejected,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_id = stage.id AND summary.status = 'withdrawn')`)} AS withdrawn
      FROM stages stage
      LEFT JOIN summary ON summary.job_id = stage.job_id
     WHERE stage.organization_id = :organizationId AND stage.job_id = :jobId AND stage.job_id IN (SELECT id FROM visible_jobs)
       AND stage.position IS NOT NULL
     GROUP BY stage.id, stage.name, stage.position, stage.kind
  )
  SELECT rows.*, ${conversion('position')} FROM rows ORDER BY position`;
}

/**
 * Funnel across the visible jobs, by stage kind. An application reached a kind when its job has a
 * stage of that kind at or below its furthest position; a job without that kind does not count.
 */
export function funnelByKindSql(window: AppliedWindow): string {
  return `${summaryCtes(window)},
  kinds AS (
    SELECT stage.job_id, stage.kind, min(stage.position) AS position
      FROM stages stage
     WHERE stage.organization_id = :organizationId AND stage.job_id IN (SELECT id FROM visible_jobs)
       AND stage.position IS NOT NULL AND stage.kind <> 'custom'
     GROUP BY stage.job_id, stage.kind
  ),
  rows AS (
    SELECT CAST(NULL AS uuid) AS "stageId", CAST(NULL AS text) AS "stageName", CAST(NULL AS integer) AS position, kinds.kind,
           ${integer(`sum(summary.n) FILTER (WHERE summary.furthest >= kinds.position)`)} AS reached,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_kind = kinds.kind AND summary.status IN ('active', 'hired'))`)} AS current,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_kind = kinds.kind AND summary.status = 'rejected')`)} AS rejected,
           ${integer(`sum(summary.n) FILTER (WHERE summary.stage_kind = kinds.kind AND summary.status = 'withdrawn')`)} AS withdrawn
      FROM kinds
      -- Stage and source do not matter here: fewer rows to pair with each of the job's kinds.
      LEFT JOIN (SELECT job_id, stage_kind, status, furthest, sum(n) AS n FROM summary GROUP BY job_id, stage_kind, status, furthest) summary
        ON summary.job_id = kinds.job_id
     GROUP BY kinds.kind
  )
  SELECT rows.*, ${conversion(kindOrder('kind'))} FROM rows ORDER BY ${kindOrder('kind')}`;
}

/**
 * Sources of the applications applied in the window: past screening means a furthest position
 * beyond the job's `screening` stage (its `applied` stage when it has none); an offer, reaching its
 * `offer` stage.
 */
export function sourcesSql(window: AppliedWindow): string {
  return `${summaryCtes(window)},
  thresholds AS (
    SELECT stage.job_id,
           coalesce(min(stage.position) FILTER (WHERE stage.kind = 'screening'), min(stage.position) FILTER (WHERE stage.kind = 'applied')) AS screening,
           min(stage.position) FILTER (WHERE stage.kind = 'offer') AS offer
      FROM stages stage
     WHERE stage.organization_id = :organizationId AND stage.job_id IN (SELECT job_id FROM summary) AND stage.position IS NOT NULL
     GROUP BY stage.job_id
  ),
  rows AS (
    SELECT summary.source,
           ${integer('sum(summary.n)')} AS applications,
           ${integer('sum(summary.n) FILTER (WHERE summary.furthest > thresholds.screening)')} AS "passedScreening",
           ${integer('sum(summary.n) FILTER (WHERE summary.furthest >= thresholds.offer)')} AS offers,
           ${integer(`sum(summary.n) FILTER (WHERE summary.status = 'hired')`)} AS hires
      FROM summary
      JOIN thresholds ON thresholds.job_id = summary.job_id
     GROUP BY summary.source
  )
  SELECT rows.*, CAST(round(hires / nullif(CAST(applications AS numeric), 0), 4) AS float8) AS "hireRate"
    FROM rows
   ORDER BY applications DESC, source`;
}

/**
 * Time in each stage, from `application_stage_visits` (kept from the history by triggers): an
 * event that puts the application in a stage while it is active (`applied`, `moved`, `reopened`)
 * starts an interval that the next event ends; a visit holds its stage's closed intervals added up
 * (`seconds`) and the running one's start (`open_since`, counted to `:now`). Time closed (between a
 * rejection and its reopening) and time in `hired` are not counted. Per application, its visits
 * of one kind add up; the percentiles are taken per stage (or kind) before the (small) join to the
 * list of stages. `appliedWindow` filters on `visit.applied_at`, the application's.
 */
function timeInStageSql(appliedWindow: string, groupBy: 'stage' | 'kind'): string {
  const days = '(coalesce(visit.seconds, 0) + coalesce(extract(epoch FROM :now - visit.open_since), 0))';
  const visits = (condition: string) => `
      FROM application_stage_visits visit
      JOIN stages stage ON stage.id = visit.stage_id
     WHERE visit.organization_id = :organizationId AND visit.job_id IN (SELECT id FROM visible_jobs) AND visit.timed
       ${appliedWindow}
       AND stage.kind NOT IN ('custom', 'hired') ${condition}`;
  // A visit is one application in one stage. By kind, an application's visits to stages of one kind
  // add up; only a job with several stages of that kind (one archived, say) can have such visits, so
  // the other visits skip the grouping, which for a whole organisation costs more than the rest.
  const shared = `EXISTS (SELECT 1 FROM shared_kinds WHERE shared_kinds.job_id = visit.job_id AND shared_kinds.kind = stage.kind)`;
  const spent =
    groupBy === 'stage'
      ? `SELECT visit.stage_id AS key, ${days} / 86400 AS days ${visits('')}`
      : `SELECT stage.kind AS key, ${days} / 86400 AS days ${visits(`AND NOT ${shared}`)}
         UNION ALL
         SELECT stage.kind, sum(${days}) / 86400 ${visits(`AND ${shared}`)}
          GROUP BY visit.application_id, stage.kind`;
  return `
  shared_kinds AS (
    SELECT stage.job_id, stage.kind
      FROM stages stage
     WHERE stage.organization_id = :organizationId AND stage.job_id IN (SELECT id FROM visible_jobs)
     GROUP BY stage.job_id, stage.kind
    HAVING count(*) > 1
  ),
  spent AS (${spent}),
  figures AS (
    SELECT spent.key, CAST(count(*) AS integer) AS applications, ${percentiles('spent.days', 'Days')}
      FROM spent
     GROUP BY spent.key
  )`;
}

const timeInStageFigures = `coalesce(figures.applications, 0) AS applications, figures."medianDays", figures."p90Days"`;

export function timeInStageByStageSql(appliedWindow: string): string {
  return `${timeInStageSql(appliedWindow, 'stage')}
  SELECT stage.id AS "stageId", stage.name AS "stageName", stage.position, stage.kind, ${timeInStageFigures}
    FROM stages stage
    LEFT JOIN figures ON figures.key = stage.id
   WHERE stage.organization_id = :organizationId AND stage.job_id = :jobId AND stage.job_id IN (SELECT id FROM visible_jobs)
     AND stage.position IS NOT NULL AND stage.kind <> 'hired'
   ORDER BY stage.position`;
}

export function timeInStageByKindSql(appliedWindow: string): string {
  return `${timeInStageSql(appliedWindow, 'kind')},
  kinds AS (
    SELECT DISTINCT stage.kind
      FROM stages stage
     WHERE stage.organization_id = :organizationId AND stage.job_id IN (SELECT id FROM visible_jobs)
       AND stage.position IS NOT NULL AND stage.kind NOT IN ('custom', 'hired')
  )
  SELECT CAST(NULL AS uuid) AS "stageId", CAST(NULL AS text) AS "stageName", CAST(NULL AS integer) AS position, kinds.kind,
         ${timeInStageFigures}
    FROM kinds
    LEFT JOIN figures ON figures.key = kinds.kind
   ORDER BY ${kindOrder('kinds.kind')}`;
}

/**
 * Hires in the window, per visible job and overall. A job's first hire is its earliest ever; the
 * overall opening-to-first-hire figures take the jobs whose first hire falls in the window.
 */
export function timeToHireSql(hiredWindow: string, firstHireInWindow: string): string {
  return `
  hires AS (
    SELECT application.job_id, extract(epoch FROM application.hired_at - application.applied_at) / 86400 AS days
      FROM applications application
     WHERE application.organization_id = :organizationId AND application.hired_at IS NOT NULL
       AND application.job_id IN (SELECT id FROM visible_jobs)
       ${hiredWindow}
  ),
  first_hires AS (
    SELECT application.job_id, min(application.hired_at) AS first_hired_at
      FROM applications application
     WHERE application.organization_id = :organizationId AND application.hired_at IS NOT NULL
       AND application.job_id IN (SELECT job_id FROM hires)
     GROUP BY application.job_id
  ),
  per_job AS (
    SELECT job.id AS "jobId", job.title AS "jobTitle", job.department, job.opened_at AS "openedAt",
           first_hires.first_hired_at AS "firstHiredAt",
           extract(epoch FROM first_hires.first_hired_at - job.opened_at) / 86400 AS days_to_first_hire,
           (true ${firstHireInWindow}) AS first_hire_in_window,
           CAST(count(*) AS integer) AS hires, ${percentiles('hires.days', 'DaysToHire')}
      FROM hires
      JOIN visible_jobs job ON job.id = hires.job_id
      JOIN first_hires ON first_hires.job_id = hires.job_id
     GROUP BY job.id, job.title, job.department, job.opened_at, first_hires.first_hired_at
  )
  SELECT 'job' AS scope, per_job."jobId", per_job."jobTitle", per_job.department, per_job.hires,
         per_job."medianDaysToHire", per_job."p90DaysToHire", per_job."openedAt", per_job."firstHiredAt",
         ${rounded('per_job.days_to_first_hire', 2)} AS "daysToFirstHire",
         NULL AS "jobsWithFirstHire", NULL AS "medianDaysToFirstHire", NULL AS "p90DaysToFirstHire"
    FROM per_job
  UNION ALL
  SELECT 'overall', NULL, NULL, NULL, overall_hires.hires, overall_hires."medianDaysToHire", overall_hires."p90DaysToHire",
         NULL, NULL, NULL, first.jobs, first."medianDaysToFirstHire", first."p90DaysToFirstHire"
    FROM (SELECT CAST(count(*) AS integer) AS hires, ${percentiles('hires.days', 'DaysToHire')} FROM hires) overall_hires,
         (SELECT CAST(count(*) AS integer) AS jobs, ${percentiles('per_job.days_to_first_hire', 'DaysToFirstHire')}
            FROM per_job WHERE per_job.first_hire_in_window) first
  ORDER BY scope, "jobTitle", "jobId"`;
}

/**
 * Interviewers' follow-through on the interviews that ended in the window and took place
 * (`completed`, or `scheduled` and over by `:now`): per panel member, their scorecard on time
 * (within 24 hours of the end), late, or missing. `interviewerFilter` keeps an interviewer to their own row;
 * `everyJob` says the caller's visible jobs are all the organisation's.
 */
export function interviewersSql(endedWindow: string, interviewerFilter: string, everyJob: boolean): string {
  // Only a caller confined to some jobs needs each interview's application (for its job): for the
  // others every interview of the organisation counts, and that join read all its applications.
  return `
  held AS (
    SELECT interview.id, interview.ends_at
      FROM interviews interview
      ${everyJob ? '' : 'JOIN applications application ON application.id = interview.application_id'}
     WHERE interview.organization_id = :organizationId
       AND interview.status IN ('scheduled', 'completed') AND interview.ends_at <= :now
       ${everyJob ? '' : 'AND application.organization_id = :organizationId AND application.job_id IN (SELECT id FROM visible_jobs)'}
       ${endedWindow}
  )
  SELECT member.user_id AS "interviewerId", interviewer.name AS "interviewerName",
         CAST(count(*) AS integer) AS interviews,
         CAST(count(scorecard.id) FILTER (WHERE scorecard.submitted_at <= held.ends_at + interval '24 hours') AS integer) AS "onTime",
         CAST(count(scorecard.id) FILTER (WHERE scorecard.submitted_at > held.ends_at + interval '24 hours') AS integer) AS late,
         CAST(count(*) FILTER (WHERE scorecard.id IS NULL) AS integer) AS missing,
         ${rounded(`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM scorecard.submitted_at - held.ends_at) / 3600)`, 2)} AS "medianHoursToSubmit"
    FROM held
    JOIN interview_interviewers member ON member.interview_id = held.id AND member.organization_id = :organizationId
    JOIN users interviewer ON interviewer.id = member.user_id
    LEFT JOIN scorecards scorecard
      ON scorecard.interview_id = held.id AND scorecard.author_user_id = member.user_id AND scorecard.organization_id = :organizationId
   WHERE true ${interviewerFilter}
   GROUP BY member.user_id, interviewer.name
   ORDER BY interviewer.name, member.user_id`;
}
