export { ApplicationInterviews, ScheduleInterviewButton } from './application-interviews';
