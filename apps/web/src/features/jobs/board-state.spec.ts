import { describe, expect, it } from 'vitest';
import { appendPage, type Board, type BoardCard, moveCard, removeCard } from './board-state';

const card = (id: string, name = `Candidate ${id}`): BoardCard => ({
  applicationId: `00000000-0000-7000-8000-00000000000${id}`,
  version: 1,
  candidate: { id: `c${id}`, name },
  daysInStage: 2,
  tags: [],
  scoreSummary: null,
});

const stage = (id: string, cards: BoardCard[], activeCount = cards.length, nextCursor: string | null = null) => ({
  id,
  name: id,
  kind: 'custom' as const,
  position: 0,
  slaDays: null,
  activeCount,
  cards,
  nextCursor,
});

const board = (): Board => ({
  job: { id: 'job', title: 'Job', status: 'open' },
  stages: [stage('applied', [card('1'), card('3')]), stage('screening', [card('2'), card('4')], 10, 'cursor-1')],
});

const ids = (value: Board, stageId: string) => value.stages.find((s) => s.id === stageId)!.cards.map((c) => c.applicationId.at(-1));
const count = (value: Board, stageId: string) => value.stages.find((s) => s.id === stageId)!.activeCount;

describe('the board in the client', () => {
  it('moves a card to its place by application id in the other column, and both counts follow', () => {
    const moved = moveCard(board(), card('3'), 'screening');
    expect(ids(moved, 'applied')).toEqual(['1']);
    expect(ids(moved, 'screening')).toEqual(['2', '3', '4']);
    expect([count(moved, 'applied'), count(moved, 'screening')]).toEqual([1, 11]);
  });

  it('rolls a move back by moving the card home again', () => {
    const original = board();
    const back = moveCard(moveCard(original, card('3'), 'screening'), card('3'), 'applied');
    expect(back).toEqual(original);
  });

  it('leaves the board alone for a move within the same column or of an unknown card', () => {
    const original = board();
    expect(moveCard(original, card('1'), 'applied')).toBe(original);
    expect(moveCard(original, card('9'), 'screening')).toBe(original);
  });

  it('removes a rejected card and counts one fewer', () => {
    const after = removeCard(board(), card('2').applicationId);
    expect(ids(after, 'screening')).toEqual(['4']);
    expect(count(after, 'screening')).toBe(9);
  });

  it('appends a next page without showing twice a card that was moved in by hand', () => {
    const withMoved = moveCard(board(), card('3'), 'screening');
    const page = stage('screening', [card('5'), card('3'), card('6')], 11, null);
    const after = appendPage(withMoved, page);
    expect(ids(after, 'screening')).toEqual(['2', '3', '4', '5', '6']);
    expect(after.stages[1]!.nextCursor).toBeNull();
  });
});
