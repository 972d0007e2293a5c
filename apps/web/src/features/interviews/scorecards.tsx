import { type FormEvent, useId, useState } from 'react';
import { fieldErrorsOf, FormError, TextArea } from '../../components/form';
import { formatDateTime, plural } from '../../lib/format';
import {
  type ApplicationScorecards,
  type RatingValue,
  ratingLabels,
  recommendationBadge,
  recommendationLabels,
  recommendationOrder,
  type ScorecardBody,
} from './model';

const ratingOrder = Object.keys(ratingLabels) as RatingValue[];

/** A set of radio buttons with its legend, and its error next to it, announced with the group. */
function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  error,
  required,
  defaultValue,
}: {
  legend: string;
  name: string;
  options: T[];
  labels: Record<T, string>;
  error?: string;
  required?: boolean;
  defaultValue?: T;
}) {
  const errorId = useId();
  return (
    <fieldset
      className={error ? 'scale field-invalid' : 'scale'}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="scale-options">
        {options.map((option) => (
          <label key={option} className="scale-option">
            <input type="radio" name={name} value={option} required={required} defaultChecked={option === defaultValue} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The scorecard of an interview (or a coding challenge): each attribute of the stage on the
 * API's four-point scale (or not assessed), an overall recommendation and notes.
 */
export function ScorecardForm({
  attributes,
  onSubmit,
  submitLabel = 'Submit scorecard',
  initial,
}: {
  attributes: string[];
  onSubmit: (body: ScorecardBody) => Promise<unknown>;
  submitLabel?: string;
  /** The viewer's own scorecard, when amending it. */
  initial?: ScorecardBody;
}) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const body: ScorecardBody = {
      ratings: attributes.flatMap((attribute, index) => {
        const rating = text(`rating-${index}`) as RatingValue;
        if (!rating) return [];
        const note = text(`note-${index}`);
        return [{ attribute, rating, ...(note ? { note } : {}) }];
      }),
      recommendation: text('recommendation') as ScorecardBody['recommendation'],
      ...(text('notes') ? { notes: text('notes') } : {}),
    };
    setPending(true);
    setError(null);
    try {
      await onSubmit(body);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form scorecard-form" onSubmit={(event) => void submit(event)} noValidate={false}>
      {Object.keys(errors).length ? (
        // The API's summary names field paths (ratings.1.attribute); the messages beside the fields say it in words.
        <p className="form-error" role="alert">
          Some answers need attention: see the messages below.
        </p>
      ) : (
        <FormError error={error} />
      )}
      {attributes.length === 0 && <p className="muted">This stage has no scorecard attributes: give your overall recommendation.</p>}
      {attributes.map((attribute, index) => {
        const rated = initial?.ratings.find((rating) => rating.attribute === attribute);
        return (
          <div key={attribute} className="stack scorecard-attribute">
            <RadioGroup
              legend={attribute}
              name={`rating-${index}`}
              options={ratingOrder}
              labels={ratingLabels}
              required
              defaultValue={rated?.rating}
              error={errors[`ratings.${index}.attribute`] ?? errors[`ratings.${index}.rating`]}
            />
            <TextArea
              label={`Note on ${attribute}`}
              name={`note-${index}`}
              error={errors[`ratings.${index}.note`]}
              defaultValue={rated?.note}
            />
          </div>
        );
      })}
      <RadioGroup
        legend="Overall recommendation"
        name="recommendation"
        options={recommendationOrder}
        labels={recommendationLabels}
        required
        defaultValue={initial?.recommendation}
        error={errors.recommendation}
      />
      <TextArea label="Notes" name="notes" error={errors.notes} rows={5} defaultValue={initial?.notes} />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Submitting…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

/**
 * An application's scorecards as the API returns them to this viewer. Under blind scoring a panel
 * member (or reviewer) who has not submitted their own gets none: say so rather than show nothing.
 */
export function ScorecardList({
  scorecards,
  timeZone,
  only,
}: {
  scorecards: ApplicationScorecards;
  timeZone: string;
  /** Only the scorecards of this interview or challenge. */
  only?: { interviewId?: string; challengeId?: string };
}) {
  if (scorecards.blind) {
    return (
      <p className="state state-empty scorecards-blind">
        Other scorecards are hidden until you submit your own, so that your judgement is your own (blind scoring).
      </p>
    );
  }
  const shown = scorecards.scorecards.filter(
    (card) =>
      (!only?.interviewId || card.interviewId === only.interviewId) && (!only?.challengeId || card.challengeId === only.challengeId),
  );
  const due = (scorecards.summary?.due ?? []).filter(
    (row) => (!only?.interviewId || row.interviewId === only.interviewId) && (!only?.challengeId || row.challengeId === only.challengeId),
  );
  return (
    <div className="stack">
      {shown.length === 0 ? (
        <p className="muted">No scorecards submitted yet.</p>
      ) : (
        <ul className="scorecard-list">
          {shown.map((card) => (
            <li key={card.id} className="card stack" aria-label={`Scorecard by ${card.author.name}`}>
              <div className="row scorecard-heading">
                <strong>{card.author.name}</strong>
                <span className={recommendationBadge[card.recommendation]}>{recommendationLabels[card.recommendation]}</span>
                <span className="muted">submitted {formatDateTime(card.submittedAt, timeZone)}</span>
              </div>
              {card.ratings.length > 0 && (
                <dl className="ratings">
                  {card.ratings.map((rating) => (
                    <div key={rating.attribute}>
                      <dt>{rating.attribute}</dt>
                      <dd>
                        {ratingLabels[rating.rating]}
                        {rating.note && <span className="muted"> — {rating.note}</span>}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              {card.notes && <p className="scorecard-notes">{card.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      {due.length > 0 && <p className="muted">Still to submit: {due.map((row) => row.name).join(', ')}.</p>}
      {!only && scorecards.summary && scorecards.summary.submitted > 0 && (
        <p className="muted">
          {plural(scorecards.summary.submitted, 'scorecard')}, mean score {scorecards.summary.meanScore ?? '—'} out of 4.
        </p>
      )}
    </div>
  );
}
