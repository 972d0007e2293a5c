// PLACEHOLDER owned by the interviews work: replaced by the real components.

/** Opens the schedule dialog for an application (time in the user's timezone, panel, conflicts). */
export function ScheduleInterviewButton(_props: { applicationId: string; candidateName: string }) {
  return null;
}

/** The application's interviews and their scorecards, as the blind rule lets the viewer see them. */
export function ApplicationInterviews(_props: { applicationId: string }) {
  return null;
}
