import { Reminder } from './reminder.entity.js';

export const remindersEntities = [Reminder];
