export { TimezoneSelect } from './timezone-select';
