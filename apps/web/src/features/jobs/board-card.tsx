import { useDraggable } from '@dnd-kit/core';
import { type KeyboardEventHandler, memo, type PointerEventHandler, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { plural } from '../../lib/format';
import type { BoardCard as Card } from './board-state';

export interface CardActions {
  onMove(card: Card, stageId: string): void;
  onReject(card: Card): void;
}

const recommendationWords = { strong_yes: 'strong yes', yes: 'yes', no: 'no', strong_no: 'strong no' } as const;

/** "2 scorecards, mean 3.25 of 4 (1 strong yes, 1 yes)", or that none is in yet. */
export function scoreSummaryText(summary: Card['scoreSummary']): string {
  if (!summary || summary.count === 0) return 'No scorecards yet';
  const votes = (Object.keys(recommendationWords) as (keyof typeof recommendationWords)[])
    .filter((key) => summary.recommendations[key] > 0)
    .map((key) => `${summary.recommendations[key]} ${recommendationWords[key]}`)
    .join(', ');
  const mean = summary.meanScore === null ? '' : `, mean ${summary.meanScore.toFixed(2)} of 4`;
  return `${plural(summary.count, 'scorecard')}${mean}${votes ? ` (${votes})` : ''}`;
}

/** What a card shows; also the preview that follows the pointer while dragging. */
export function CardBody({ card, slaDays }: { card: Card; slaDays: number | null }) {
  const overdue = slaDays !== null && card.daysInStage > slaDays;
  return (
    <>
      <p className="board-card-days">
        {card.daysInStage === 0 ? 'Entered today' : `${plural(card.daysInStage, 'day')} in stage`}
        {overdue && <span className="badge badge-warning">Over SLA</span>}
      </p>
      {card.tags.length > 0 && (
        <ul className="board-card-tags" aria-label="Tags">
          {card.tags.slice(0, 4).map((tag) => (
            <li key={tag} className="badge">
              {tag}
            </li>
          ))}
          {card.tags.length > 4 && <li className="badge">+{card.tags.length - 4}</li>}
        </ul>
      )}
      <p className={card.scoreSummary ? 'board-card-score' : 'board-card-score muted'}>{scoreSummaryText(card.scoreSummary)}</p>
    </>
  );
}

/**
 * A candidate on the board. The whole card can be dragged with a pointer; the handle is the
 * keyboard's way in (space to pick up, arrows, space to drop) and names the card for screen
 * readers, so no interactive element nests inside another.
 */
export const BoardCardView = memo(function BoardCardView({
  card,
  stageId,
  stageName,
  slaDays,
  canManage,
  focusOnMount,
  onFocused,
  actions,
}: {
  card: Card;
  stageId: string;
  stageName: string;
  slaDays: number | null;
  canManage: boolean;
  focusOnMount: boolean;
  onFocused: () => void;
  actions: CardActions & { openMoveDialog(card: Card, stageId: string): void };
}) {
  const name = card.candidate.name;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.applicationId,
    data: { card, stageId, stageName },
    disabled: !canManage,
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (focusOnMount && handle.current) {
      handle.current.focus();
      onFocused();
    }
  }, [focusOnMount, onFocused]);

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'board-card card is-dragging' : 'board-card card'}
      aria-label={name}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <div className="board-card-head">
        {canManage && (
          <button
            type="button"
            className="drag-handle"
            ref={(node) => {
              handle.current = node;
              setActivatorNodeRef(node);
            }}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={`Drag ${name}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <Link to={`/candidates/${card.candidate.id}?application=${card.applicationId}`} draggable={false} className="board-card-name">
          {name}
        </Link>
      </div>
      <CardBody card={card} slaDays={slaDays} />
      {canManage && (
        <div className="board-card-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={`Move ${name} to another stage`}
            onClick={() => actions.openMoveDialog(card, stageId)}
          >
            Move…
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Reject ${name}`}
            onClick={() => actions.onReject(card)}
          >
            Reject
          </button>
        </div>
      )}
    </article>
  );
});
