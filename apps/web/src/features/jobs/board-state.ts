import type { ResponseOf } from '../../api/types';

export type Board = ResponseOf<'/api/v1/jobs/{id}/pipeline', 'get'>;
export type BoardStage = Board['stages'][number];
export type BoardCard = BoardStage['cards'][number];

/** Cards sit in application id order, as the API pages them (its cursor is the last id). */
const byId = (a: BoardCard, b: BoardCard) => (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0);

export function findCard(board: Board, applicationId: string): { card: BoardCard; stage: BoardStage } | undefined {
  for (const stage of board.stages) {
    const card = stage.cards.find((candidate) => candidate.applicationId === applicationId);
    if (card) return { card, stage };
  }
  return undefined;
}

/** The board with one card in another column (in its id order there), counts adjusted. */
export function moveCard(board: Board, card: BoardCard, toStageId: string): Board {
  const from = findCard(board, card.applicationId)?.stage;
  if (!from || from.id === toStageId) return board;
  return {
    ...board,
    stages: board.stages.map((stage) => {
      if (stage.id === from.id) {
        return {
          ...stage,
          activeCount: stage.activeCount - 1,
          cards: stage.cards.filter((other) => other.applicationId !== card.applicationId),
        };
      }
      if (stage.id === toStageId) return { ...stage, activeCount: stage.activeCount + 1, cards: [...stage.cards, card].sort(byId) };
      return stage;
    }),
  };
}

/** The board without a card that left it (rejected, hired), counts adjusted. */
export function removeCard(board: Board, applicationId: string): Board {
  return {
    ...board,
    stages: board.stages.map((stage) =>
      stage.cards.some((card) => card.applicationId === applicationId)
        ? { ...stage, activeCount: stage.activeCount - 1, cards: stage.cards.filter((card) => card.applicationId !== applicationId) }
        : stage,
    ),
  };
}

export function updateCard(board: Board, applicationId: string, change: Partial<BoardCard>): Board {
  return {
    ...board,
    stages: board.stages.map((stage) =>
      stage.cards.some((card) => card.applicationId === applicationId)
        ? { ...stage, cards: stage.cards.map((card) => (card.applicationId === applicationId ? { ...card, ...change } : card)) }
        : stage,
    ),
  };
}

/**
 * A column's next page appended. A card moved in by hand may come again in a later page, so cards
 * already shown are kept once.
 */
export function appendPage(board: Board, page: BoardStage): Board {
  return {
    ...board,
    stages: board.stages.map((stage) => {
      if (stage.id !== page.id) return stage;
      const shown = new Set(stage.cards.map((card) => card.applicationId));
      return {
        ...stage,
        activeCount: page.activeCount,
        nextCursor: page.nextCursor,
        cards: [...stage.cards, ...page.cards.filter((card) => !shown.has(card.applicationId))].sort(byId),
      };
    }),
  };
}
