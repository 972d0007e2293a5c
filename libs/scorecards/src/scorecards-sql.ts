/**
 * SQL shared by the scorecards list of an application and its summary on the application detail,
 * so both answer "who is held to the blind rule" and "who owes a scorecard" the same way.
 * Parameters: $1 the organisation, $2 the application, $3 (scorerSql only) the user.
 */

/** Whether the user sits on a panel of the application or reviews one of its challenges: both are held to the blind rule. */
export const scorerSql = `(EXISTS (SELECT 1 FROM interview_interviewers member
                             JOIN interviews interview ON interview.id = member.interview_id
                            WHERE interview.organization_id = $1 AND interview.application_id = $2 AND member.user_id = $3)
                OR EXISTS (SELECT 1 FROM challenge_reviewers reviewer
                             JOIN coding_challenges challenge ON challenge.id = reviewer.challenge_id
                            WHERE challenge.organization_id = $1 AND challenge.application_id = $2 AND reviewer.user_id = $3))`;

/**
 * Who owes a scorecard: panel members of interviews that took place or will (not cancelled, not a
 * no-show) and reviewers of submitted challenges, who have not scored yet. Rows carry `at` and
 * `subject_id` to order by: interviews by start, challenges by submission.
 */
export const dueRowsSql = `SELECT member.interview_id, NULL::uuid AS challenge_id, member.user_id, u.name, interview.starts_at AS at, interview.id AS subject_id
    FROM interview_interviewers member
    JOIN interviews interview ON interview.id = member.interview_id
    JOIN users u ON u.id = member.user_id
   WHERE interview.organization_id = $1 AND interview.application_id = $2
     AND interview.status NOT IN ('cancelled', 'no_show')
     AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = member.interview_id AND s.author_user_id = member.user_id)
  UNION ALL
  SELECT NULL::uuid, reviewer.challenge_id, reviewer.user_id, u.name, challenge.submitted_at, challenge.id
    FROM challenge_reviewers reviewer
    JOIN coding_challenges challenge ON challenge.id = reviewer.challenge_id
    JOIN users u ON u.id = reviewer.user_id
   WHERE challenge.organization_id = $1 AND challenge.application_id = $2
     AND challenge.submitted_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.challenge_id = reviewer.challenge_id AND s.author_user_id = reviewer.user_id)`;

export const dueOrderSql = 'due.at, due.subject_id, due.name, due.user_id';
