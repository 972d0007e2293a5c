import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import { ErrorMessage } from '../../components/states';
import { BoardCardView, type CardActions } from './board-card';
import type { BoardCard, BoardStage } from './board-state';

/** Room a card takes before it is measured; the list corrects itself once it is. */
const ESTIMATED_CARD_HEIGHT = 132;

/**
 * One stage of the board. Only the cards in view are in the DOM (a stage may hold thousands), and
 * scrolling near the end loads the stage's next page.
 */
export function BoardColumn({
  stage,
  canManage,
  loadingMore,
  loadError,
  onLoadMore,
  focusCardId,
  onFocused,
  actions,
}: {
  stage: BoardStage;
  canManage: boolean;
  loadingMore: boolean;
  loadError: unknown;
  onLoadMore: (stage: BoardStage) => void;
  focusCardId: string | null;
  onFocused: () => void;
  actions: CardActions & { openMoveDialog(card: BoardCard, stageId: string): void };
}) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { name: stage.name, kind: stage.kind } });
  const scroller = useRef<HTMLDivElement>(null);
  const cards = stage.cards;
  const hasMore = stage.nextCursor !== null;
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => cards[index]!.applicationId,
    overscan: 5,
    gap: 8,
    // Before layout (and in tests without one) render a first screenful rather than nothing.
    initialRect: { width: 280, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !loadError && lastIndex >= cards.length - 3) onLoadMore(stage);
  }, [hasMore, loadingMore, loadError, lastIndex, cards.length, onLoadMore, stage]);

  // A card moved here from the keyboard is scrolled into view, so it can take the focus.
  const focusIndex = focusCardId ? cards.findIndex((card) => card.applicationId === focusCardId) : -1;
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  return (
    <section ref={setNodeRef} className={isOver ? 'board-column is-over' : 'board-column'} aria-labelledby={headingId}>
      <header className="board-column-header">
        <h2 id={headingId}>
          {stage.name} <span className="board-column-count">{stage.activeCount.toLocaleString('en-GB')}</span>
          <span className="visually-hidden"> {stage.activeCount === 1 ? 'candidate' : 'candidates'}</span>
        </h2>
        {stage.slaDays !== null && <p className="muted board-column-sla">SLA {stage.slaDays} days</p>}
      </header>
      <div className="board-column-scroll" ref={scroller}>
        {cards.length === 0 && !hasMore ? (
          <p className="board-column-empty muted">No candidates in this stage.</p>
        ) : (
          <ul className="board-column-list" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const card = cards[item.index]!;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="board-column-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <BoardCardView
                    card={card}
                    stageId={stage.id}
                    stageName={stage.name}
                    slaDays={stage.slaDays}
                    canManage={canManage}
                    focusOnMount={card.applicationId === focusCardId}
                    onFocused={onFocused}
                    actions={actions}
                  />
                </li>
              );
            })}
          </ul>
        )}
        {loadingMore && (
          <p className="muted board-column-more" role="status">
            Loading more candidates…
          </p>
        )}
        {Boolean(loadError) && <ErrorMessage error={loadError} onRetry={() => onLoadMore(stage)} />}
      </div>
    </section>
  );
}
