export { InterviewInterviewer } from './interview-interviewer.entity.js';
export { Interview, type InterviewStatus, interviewStatuses } from './interview.entity.js';
export { interviewsEntities, InterviewsModule } from './interviews.module.js';
export { InterviewsError } from './interviews.errors.js';
export { InterviewsService } from './interviews.service.js';
export { buildInterviewIcs, describeInstant, describeInterviewTime, interviewUid } from './interview-calendar.js';
export { type InterviewChangeResult, type InterviewView, interviewViewSchema, type InterviewWarning } from './dto/interviews.schemas.js';
export { InterviewsCandidateDataModule } from './interviews.module.js';
