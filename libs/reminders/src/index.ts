export { Reminder } from './reminder.entity.js';
export { type ReminderKind, reminderKinds, type ReminderStatus, reminderStatuses } from './reminder-kinds.js';
export { remindersEntities } from './reminders.entities.js';
export { ReminderWorkModule, RemindersModule } from './reminders.module.js';
export { ReminderDispatcher, reminderQueueJobId } from './reminder-dispatcher.js';
export { ReminderPlanner } from './reminder-planner.js';
export { ReminderSender } from './reminder-sender.js';
export { RemindersCandidateDataModule } from './reminders.module.js';
