export { InterviewInterviewer } from './interview-interviewer.entity.js';
export { Interview, type InterviewStatus, interviewStatuses } from './interview.entity.js';
export { interviewsEntities, InterviewsModule } from './interviews.module.js';
export { InterviewEventsModule } from './interview-events.consumer.js';
