import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useMe } from '../../app/session';
import { Dialog } from '../../components/dialog';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { RejectApplicationDialog } from '../applications';
import { CardBody } from './board-card';
import { BoardColumn } from './board-column';
import { appendPage, type Board, type BoardCard, type BoardStage, findCard, moveCard, removeCard, updateCard } from './board-state';
import { jobStatusBadges, jobStatusLabels } from './labels';
import { jobKeys } from './queries';
import './jobs.css';

const CARDS_PER_PAGE = 50;

interface DragData {
  card: BoardCard;
  stageId: string;
  stageName: string;
}

/** Left and right jump to the neighbouring stage, keeping the card's height: arrows choose a column. */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (!step) return undefined;
  event.preventDefault();
  const { active, over, collisionRect, droppableRects, droppableContainers } = context;
  if (!active || !collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.left - b.rect.left);
  const currentId = over?.id ?? (active.data.current as DragData | undefined)?.stageId;
  const target = columns[columns.findIndex((column) => column.id === currentId) + step];
  if (!target) return undefined;
  return { x: target.rect.left + (target.rect.width - collisionRect.width) / 2, y: collisionRect.top };
};

/** The pointer decides where a mouse drop lands; the card's box decides for the keyboard. */
const collisionDetection: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));

const nameOf = (data: unknown) => (data as DragData | undefined)?.card.candidate.name ?? 'The candidate';

export function BoardPage() {
  const { jobId = '' } = useParams();
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // One key object per job: the callbacks below depend on it, and the memoised cards on them.
  const key = useMemo(() => jobKeys.board(jobId), [jobId]);
  const board = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{id}/pipeline', { params: { path: { id: jobId }, query: { limit: CARDS_PER_PAGE } } })),
  });
  const canManage = me.can('applications:manage');
  const [dragging, setDragging] = useState<DragData | null>(null);
  const [moving, setMoving] = useState<{ card: BoardCard; stageId: string } | null>(null);
  const [rejecting, setRejecting] = useState<BoardCard | null>(null);
  const [focusCardId, setFocusCardId] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState<Record<string, boolean>>({});
  const [loadErrors, setLoadErrors] = useState<Record<string, unknown>>({});

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const stageName = useCallback(
    (stageId: string) => queryClient.getQueryData<Board>(key)?.stages.find((stage) => stage.id === stageId)?.name ?? 'another stage',
    [queryClient, key],
  );

  /** Moves at once on screen; the server's answer confirms it, or the card goes back with the reason. */
  const move = useCallback(
    async (card: BoardCard, toStageId: string, { focus }: { focus: boolean }) => {
      const before = queryClient.getQueryData<Board>(key);
      const origin = before && findCard(before, card.applicationId);
      if (!origin || origin.stage.id === toStageId) return;
      const name = card.candidate.name;
      const target = before.stages.find((stage) => stage.id === toStageId)!;
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Board>(key, (current) => current && moveCard(current, card, toStageId));
      if (focus) setFocusCardId(card.applicationId);
      try {
        const moved = await unwrap(
          api.POST('/api/v1/applications/{id}/move', {
            params: { path: { id: card.applicationId } },
            body: { toStageId, expectedVersion: card.version },
          }),
        );
        if (moved.status === 'hired') {
          queryClient.setQueryData<Board>(key, (current) => current && removeCard(current, card.applicationId));
          notify.success(`${name} was hired.`);
        } else {
          queryClient.setQueryData<Board>(
            key,
            (current) => current && updateCard(current, card.applicationId, { version: moved.version, daysInStage: 0 }),
          );
          notify.success(`Moved ${name} to ${target.name}.`);
        }
      } catch (error) {
        queryClient.setQueryData<Board>(key, (current) => current && moveCard(current, card, origin.stage.id));
        const conflict = error instanceof ApiProblem && (error.code === 'VERSION_CONFLICT' || error.code === 'APPLICATION_NOT_ACTIVE');
        notify.error(
          conflict
            ? `${name} was not moved: someone else changed this application since the board was loaded. The board now shows the latest state; check it and try again.`
            : `${name} was not moved to ${target.name}. ${error instanceof ApiProblem ? error.message : 'Try again.'}`,
        );
        if (conflict) void queryClient.invalidateQueries({ queryKey: key });
      }
    },
    [queryClient, key, notify],
  );

  const loadMore = useCallback(
    async (stage: BoardStage) => {
      if (!stage.nextCursor) return;
      setLoadingMore((current) => ({ ...current, [stage.id]: true }));
      setLoadErrors((current) => ({ ...current, [stage.id]: undefined }));
      try {
        const page = await unwrap(
          api.GET('/api/v1/jobs/{id}/pipeline', {
            params: { path: { id: jobId }, query: { stageId: stage.id, cursor: stage.nextCursor, limit: CARDS_PER_PAGE } },
          }),
        );
        const next = page.stages[0];
        if (next) queryClient.setQueryData<Board>(key, (current) => current && appendPage(current, next));
      } catch (error) {
        setLoadErrors((current) => ({ ...current, [stage.id]: error }));
      } finally {
        setLoadingMore((current) => ({ ...current, [stage.id]: false }));
      }
    },
    [jobId, queryClient, key],
  );

  const openJob = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/jobs/{id}', { params: { path: { id: jobId } }, body: { status: 'open' } })),
    onSuccess: async () => {
      notify.success('The job is open: it takes applications now.');
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
    onError: (error) => notify.error(error instanceof ApiProblem ? error.message : 'The job could not be opened.'),
  });

  const actions = useMemo(
    () => ({
      onMove: (card: BoardCard, stageId: string) => void move(card, stageId, { focus: true }),
      onReject: (card: BoardCard) => setRejecting(card),
      openMoveDialog: (card: BoardCard, stageId: string) => setMoving({ card, stageId }),
    }),
    [move],
  );
  const clearFocus = useCallback(() => setFocusCardId(null), []);

  // Only a change of stage is news: not the stage the card was picked up in, nor the same one again.
  const lastOver = useRef<string | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const data = active.data.current as DragData | undefined;
      lastOver.current = data?.stageId ?? null;
      return `Picked up ${nameOf(data)}, in ${data?.stageName ?? 'their stage'}.`;
    },
    onDragOver: ({ active, over }) => {
      // Between stages (or before the columns are measured) there is nothing new to say.
      if (!over || String(over.id) === lastOver.current) return undefined;
      lastOver.current = String(over.id);
      return `${nameOf(active.data.current)} is over ${stageName(lastOver.current)}.`;
    },
    onDragEnd: ({ active, over }) => {
      const data = active.data.current as DragData | undefined;
      return over && over.id !== data?.stageId
        ? `${nameOf(data)} was dropped in ${stageName(String(over.id))}.`
        : `${nameOf(data)} was dropped back in ${data?.stageName ?? 'their stage'}.`;
    },
    onDragCancel: ({ active }) => {
      const data = active.data.current as DragData | undefined;
      return `Moving ${nameOf(data)} was cancelled; they stay in ${data?.stageName ?? 'their stage'}.`;
    },
  };

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setDragging(null);
    const data = active.data.current as DragData | undefined;
    if (!data || !over || over.id === data.stageId) return;
    void move(data.card, String(over.id), { focus: activatorEvent instanceof KeyboardEvent });
  };

  return (
    <QueryState query={board} loadingLabel="Loading the board…">
      {(data) => (
        <Page
          wide
          title={data.job.title}
          actions={
            <>
              <span className={jobStatusBadges[data.job.status as keyof typeof jobStatusBadges] ?? 'badge'}>
                {jobStatusLabels[data.job.status as keyof typeof jobStatusLabels] ?? data.job.status}
              </span>
              {me.can('candidates:manage') && data.job.status === 'open' && (
                <Link className="button" to={`/candidates/new?jobId=${jobId}`}>
                  Add candidate
                </Link>
              )}
              {me.can('jobs:manage') && (
                <Link className="button" to={`/jobs/${jobId}/edit`}>
                  Edit job
                </Link>
              )}
            </>
          }
        >
          {data.job.status === 'draft' && (
            <div className="board-notice" role="note">
              <p>This job is a draft: it takes no applications until it is opened.</p>
              {me.can('jobs:manage') && (
                <button type="button" className="button button-primary" onClick={() => openJob.mutate()} disabled={openJob.isPending}>
                  {openJob.isPending ? 'Opening…' : 'Open job'}
                </button>
              )}
            </div>
          )}
          <DndContext
            sensors={sensors}
            collisionDetection={collisionDetection}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable:
                  'To move this candidate, press space or enter, choose a stage with the left and right arrow keys, then press space or enter to drop, or escape to cancel. The Move button does the same from a list.',
              },
            }}
            onDragStart={({ active }: DragStartEvent) => setDragging((active.data.current as DragData | undefined) ?? null)}
            onDragCancel={() => setDragging(null)}
            onDragEnd={onDragEnd}
          >
            <div className="board" aria-label="Pipeline" role="group">
              {data.stages.map((stage) => (
                <BoardColumn
                  key={stage.id}
                  stage={stage}
                  canManage={canManage}
                  loadingMore={Boolean(loadingMore[stage.id])}
                  loadError={loadErrors[stage.id]}
                  onLoadMore={loadMore}
                  focusCardId={focusCardId}
                  onFocused={clearFocus}
                  actions={actions}
                />
              ))}
            </div>
            <DragOverlay dropAnimation={null}>
              {dragging && (
                <article className="board-card card is-overlay">
                  <p className="board-card-name">{dragging.card.candidate.name}</p>
                  <CardBody card={dragging.card} slaDays={null} />
                </article>
              )}
            </DragOverlay>
          </DndContext>
          {moving && (
            <MoveDialog
              card={moving.card}
              fromStageId={moving.stageId}
              stages={data.stages}
              onClose={() => setMoving(null)}
              onMove={(toStageId) => {
                setMoving(null);
                void move(moving.card, toStageId, { focus: true });
              }}
            />
          )}
          <RejectApplicationDialog
            application={{ id: rejecting?.applicationId ?? '', candidateName: rejecting?.candidate.name ?? '' }}
            open={rejecting !== null}
            onClose={() => setRejecting(null)}
            onRejected={() => {
              if (rejecting) queryClient.setQueryData<Board>(key, (current) => current && removeCard(current, rejecting.applicationId));
              setRejecting(null);
            }}
          />
        </Page>
      )}
    </QueryState>
  );
}

/** The keyboard's and screen reader's alternative to dragging: pick the stage from a list. */
function MoveDialog({
  card,
  fromStageId,
  stages,
  onClose,
  onMove,
}: {
  card: BoardCard;
  fromStageId: string;
  stages: BoardStage[];
  onClose: () => void;
  onMove: (toStageId: string) => void;
}) {
  const from = stages.find((stage) => stage.id === fromStageId);
  return (
    <Dialog title={`Move ${card.candidate.name}`} open onClose={onClose}>
      <div className="move-dialog">
        <p>
          Now in <strong>{from?.name}</strong>. Move to:
        </p>
        <ul className="move-targets">
          {stages
            .filter((stage) => stage.id !== fromStageId)
            .map((stage) => (
              <li key={stage.id}>
                <button type="button" className="button" onClick={() => onMove(stage.id)}>
                  Move to {stage.name}
                </button>
              </li>
            ))}
        </ul>
      </div>
    </Dialog>
  );
}
