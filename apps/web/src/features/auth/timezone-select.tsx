import type { ReactNode } from 'react';
import { SelectField } from '../../components/form';

/** Every IANA zone the browser knows. */
const TIMEZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/**
 * A select of IANA timezones. `defaultOption` is the choice meaning "none of my own" (its value is
 * the empty string); a stored zone the browser does not list is kept as an option, so saving the
 * form does not change it.
 */
export function TimezoneSelect({
  label,
  name,
  value,
  error,
  hint,
  defaultOption,
}: {
  label: string;
  name: string;
  value: string | null;
  error?: string;
  hint?: ReactNode;
  defaultOption?: string;
}) {
  const zones = value && !TIMEZONES.includes(value) ? [value, ...TIMEZONES] : TIMEZONES;
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ''} error={error} hint={hint}>
      {defaultOption !== undefined && <option value="">{defaultOption}</option>}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}
