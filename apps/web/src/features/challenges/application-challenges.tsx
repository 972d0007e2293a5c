// PLACEHOLDER owned by the challenges work: replaced by the real components.

/** Opens the send-challenge dialog for an application. */
export function SendChallengeButton(_props: { applicationId: string; candidateName: string }) {
  return null;
}

/** The application's coding challenges, their status, submission and review scorecards. */
export function ApplicationChallenges(_props: { applicationId: string }) {
  return null;
}
