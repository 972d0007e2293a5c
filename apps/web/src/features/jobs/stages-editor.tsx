import { useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../components/form';
import { middleStageKinds, type Stage, type StageKind, stageKindLabels } from './labels';

/** A stage as the form edits it: `id` once the server has it, text as typed. */
export interface DraftStage {
  key: string;
  id?: string;
  name: string;
  kind: StageKind;
  slaDays: string;
  attributes: string;
}

let nextKey = 1;
const newKey = () => `draft-${nextKey++}`;

export const draftOf = (stage: Pick<Stage, 'name' | 'kind' | 'slaDays' | 'scorecardAttributes'> & { id?: string }): DraftStage => ({
  key: stage.id ?? newKey(),
  id: stage.id,
  name: stage.name,
  kind: stage.kind,
  slaDays: stage.slaDays === null || stage.slaDays === undefined ? '' : String(stage.slaDays),
  attributes: (stage.scorecardAttributes ?? []).join(', '),
});

/** What the API takes for a stage. */
export function stageInput(stage: DraftStage) {
  return {
    name: stage.name.trim(),
    kind: stage.kind,
    slaDays: stage.slaDays.trim() ? Number(stage.slaDays) : null,
    scorecardAttributes: stage.attributes
      .split(',')
      .map((attribute) => attribute.trim())
      .filter(Boolean),
  };
}

const isFixed = (stage: DraftStage) => stage.kind === 'applied' || stage.kind === 'hired';

/**
 * The pipeline between its fixed ends ("applied" first, "hired" last): add, rename, reorder with
 * buttons (so the keyboard can do everything), SLA days and scorecard attributes per stage. Errors
 * arrive by field path, `stages.2.name`, as the API names them.
 */
export function StagesEditor({
  stages,
  onChange,
  errors,
}: {
  stages: DraftStage[];
  onChange: (stages: DraftStage[]) => void;
  errors: Record<string, string>;
}) {
  // After a move the row's buttons are re-rendered elsewhere: keep the keyboard user's place.
  const [focus, setFocus] = useState<{ key: string; control: 'up' | 'down' | 'name' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-stage-key="${focus.key}"]`);
    const preferred = row?.querySelector<HTMLElement>(`[data-control="${focus.control}"]:not(:disabled)`);
    const fallback = row?.querySelector<HTMLElement>('[data-control="up"]:not(:disabled), [data-control="down"]:not(:disabled)');
    (preferred ?? fallback)?.focus();
    setFocus(null);
  }, [focus]);

  const update = (key: string, change: Partial<DraftStage>) =>
    onChange(stages.map((stage) => (stage.key === key ? { ...stage, ...change } : stage)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...stages];
    const [stage] = next.splice(index, 1);
    next.splice(index + by, 0, stage!);
    onChange(next);
    setFocus({ key: stage!.key, control: by < 0 ? 'up' : 'down' });
  };
  const add = () => {
    const stage = draftOf({ name: '', kind: 'custom', slaDays: null, scorecardAttributes: [] });
    onChange([...stages.slice(0, -1), stage, ...stages.slice(-1)]);
    setFocus({ key: stage.key, control: 'name' });
  };

  return (
    <fieldset className="stages-editor">
      <legend>Pipeline stages</legend>
      <p className="field-hint">
        Candidates start in “{stages[0]?.name}” and end in “{stages.at(-1)?.name}”; arrange the stages between them.
      </p>
      {errors.stages && <p className="field-error">{errors.stages}</p>}
      <ol className="stages-list" ref={list}>
        {stages.map((stage, index) => {
          const label = stage.name.trim() || `stage ${index + 1}`;
          const error = (field: string) => errors[`stages.${index}.${field}`];
          const attributesError = Object.entries(errors).find(([path]) => path.startsWith(`stages.${index}.scorecardAttributes`))?.[1];
          const fixed = isFixed(stage);
          return (
            <li key={stage.key} data-stage-key={stage.key} className="stage-row card">
              <fieldset>
                <legend>Stage {index + 1}</legend>
                <div className="stage-fields">
                  <TextField
                    label="Name"
                    value={stage.name}
                    required
                    maxLength={80}
                    data-control="name"
                    onChange={(event) => update(stage.key, { name: event.target.value })}
                    error={error('name')}
                  />
                  {fixed ? (
                    <div className="field">
                      <span className="field-label">Kind</span>
                      <span className="stage-kind-fixed">{stageKindLabels[stage.kind]} (fixed)</span>
                    </div>
                  ) : (
                    <SelectField
                      label="Kind"
                      value={stage.kind}
                      onChange={(event) => update(stage.key, { kind: event.target.value as StageKind })}
                      error={error('kind')}
                    >
                      {middleStageKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {stageKindLabels[kind]}
                        </option>
                      ))}
                    </SelectField>
                  )}
                  <TextField
                    label="SLA days"
                    type="number"
                    min={1}
                    max={365}
                    inputMode="numeric"
                    value={stage.slaDays}
                    title="Candidates waiting longer than this are flagged on the board"
                    onChange={(event) => update(stage.key, { slaDays: event.target.value })}
                    error={error('slaDays')}
                  />
                  <TextField
                    label="Scorecard attributes"
                    value={stage.attributes}
                    hint="Separated by commas."
                    onChange={(event) => update(stage.key, { attributes: event.target.value })}
                    error={attributesError}
                  />
                </div>
              </fieldset>
              {/* The fixed ends keep an empty actions column, so every row's fields line up. */}
              {fixed ? (
                <div className="stage-actions" />
              ) : (
                <div className="stage-actions">
                  <button
                    type="button"
                    className="button button-small"
                    data-control="up"
                    aria-label={`Move ${label} up`}
                    disabled={index <= 1}
                    onClick={() => move(index, -1)}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    data-control="down"
                    aria-label={`Move ${label} down`}
                    disabled={index >= stages.length - 2}
                    onClick={() => move(index, 1)}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`Remove ${label}`}
                    onClick={() => onChange(stages.filter((other) => other.key !== stage.key))}
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" className="button" onClick={add} disabled={stages.length >= 30}>
          Add stage
        </button>
      </p>
    </fieldset>
  );
}
