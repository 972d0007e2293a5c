import { randomUUID } from 'node:crypto';
import type { RequestContext } from '@hp/auth';
import { type Page, toPage } from '@hp/common';
import { scopedQuery } from '@hp/database';
import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Candidate, normalizeEmail, type StoredFile } from './candidate.entity.js';
import { candidateListQuery, useSearchSettings } from './candidate-search.js';
import { toCandidateView } from './candidate-view.js';
import { restrictToVisibleCandidates } from './candidate-visibility.js';
import { CandidatesError } from './candidates.errors.js';
import type {
  CandidateDetail,
  CandidateView,
  CreateCandidateInput,
  ListCandidatesQuery,
  UpdateCandidateInput,
} from './dto/candidates.schemas.js';
import { extractResumeText } from './resume/resume-text.js';
import { detectResumeType, resumeFileName } from './resume/resume-type.js';
import type { UploadedFile } from './resume/uploaded-file.js';
import { FileStorage } from './storage/file-storage.js';

export const EMAIL_UNIQUE_CONSTRAINT = 'candidates_organization_email_unique';

/** A downloadable résumé. */
export interface ResumeDownload {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

/**
 * Candidates of an organisation: their profile, résumé file and search. Other libraries use
 * `findVisible` and `toView` (applications embed candidate views) and may create candidates
 * (a career-site application) with `create`.
 */
export interface ReadResume {
  bytes: Buffer;
  text: string;
  fileName: string;
  contentType: string;
  extension: string;
}

interface ApplicationSummaryRow {
  id: string;
  status: CandidateDetail['applications'][number]['status'];
  applied_at: Date;
  stage_entered_at: Date;
  job_id: string;
  title: string;
  stage_id: string;
  stage_name: string;
  kind: string;
}

@Injectable()
export class CandidatesService {
  private readonly logger = new Logger(CandidatesService.name);

  constructor(private readonly storage: FileStorage) {}

  toView(candidate: Candidate): CandidateView {
    return toCandidateView(candidate);
  }

  /** 409 CANDIDATE_EMAIL_TAKEN, with the existing candidate's id, when the organisation has the email already (any case, any spaces). */
  async create(context: RequestContext, input: CreateCandidateInput): Promise<CandidateView> {
    return context.transaction(async (tx) => {
      const candidate = tx.manager.create(Candidate, {
        organizationId: tx.organizationId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        emailNormalized: normalizeEmail(input.email),
        phone: input.phone ?? null,
        location: input.location ?? null,
        links: input.links ?? [],
        source: input.source ?? 'other',
        tags: input.tags ?? [],
        resumeText: input.resumeText ?? null,
        resumeFile: null,
        consentGivenAt: input.consent ? new Date() : null,
        erasedAt: null,
      });
      await this.writeWithUniqueEmail(tx, candidate.emailNormalized, () => tx.manager.save(candidate));
      return toCandidateView(candidate);
    });
  }

  async update(context: RequestContext, candidateId: string, input: UpdateCandidateInput): Promise<CandidateView> {
    return context.transaction(async (tx) => {
      const candidate = await this.findVisible(tx, candidateId, { lock: true });
      for (const field of ['firstName', 'lastName', 'phone', 'location', 'links', 'source', 'tags', 'resumeText'] as const) {
        if (input[field] !== undefined) (candidate as unknown as Record<string, unknown>)[field] = input[field];
      }
      if (input.email !== undefined) {
        candidate.email = input.email;
        candidate.emailNormalized = normalizeEmail(input.email);
      }
      // Consent keeps the moment it was first given; withdrawing it clears it.
      if (input.consent === true) candidate.consentGivenAt ??= new Date();
      if (input.consent === false) candidate.consentGivenAt = null;
      await this.writeWithUniqueEmail(tx, candidate.emailNormalized, () => tx.manager.save(candidate));
      return toCandidateView(candidate);
    });
  }

  async get(context: RequestContext, candidateId: string): Promise<CandidateDetail> {
    const candidate = await this.findVisible(context, candidateId);
    // Read by SQL: the applications library sits above this one (it imports it), so the
    // summary is a read of its tables, not a call into it. Hiring managers see their jobs' only.
    const rows: ApplicationSummaryRow[] = await context.manager.query(
      `SELECT a.id, a.status, a.applied_at, a.stage_entered_at, j.id AS job_id, j.title, s.id AS stage_id, s.name AS stage_name, s.kind
         FROM applications a
         JOIN jobs j ON j.id = a.job_id
         JOIN stages s ON s.id = a.stage_id
        WHERE a.organization_id = $1 AND a.candidate_id = $2
          AND ($3::uuid IS NULL OR j.hiring_manager_id = $3::uuid)
        ORDER BY a.id DESC`,
      [context.organizationId, candidate.id, context.actor.role === 'hiring_manager' ? context.actor.userId : null],
    );
    return {
      ...toCandidateView(candidate),
      applications: rows.map((row) => ({
        id: row.id,
        status: row.status,
        job: { id: row.job_id, title: row.title },
        stage: { id: row.stage_id, name: row.stage_name, kind: row.kind },
        appliedAt: row.applied_at.toISOString(),
        stageEnteredAt: row.stage_entered_at.toISOString(),
      })),
    };
  }

  /**
   * A candidate the caller may see, or 404 CANDIDATE_NOT_FOUND: also for an erased candidate,
   * another organisation's id, or one a hiring manager has no application of theirs for.
   * `lock` (inside a transaction) holds the row until commit.
   */
  async findVisible(context: RequestContext, candidateId: string, options: { lock?: boolean } = {}): Promise<Candidate> {
    const query = restrictToVisibleCandidates(scopedQuery(context, Candidate, 'c'), context, 'c').andWhere('c.id = :candidateId', {
      candidateId,
    });
    if (options.lock) query.setLock('pessimistic_write');
    const candidate = await query.getOne();
    if (!candidate) throw new CandidatesError('CANDIDATE_NOT_FOUND', 'No such candidate.');
    return candidate;
  }

  /**
   * Views of the organisation's candidates by id, erased ones included (anonymised): for lists of
   * applications, whose history outlives an erasure. Visibility is the caller's rule there.
   */
  async viewsByIds(context: RequestContext, candidateIds: readonly string[]): Promise<Map<string, CandidateView>> {
    const unique = [...new Set(candidateIds)];
    if (unique.length === 0) return new Map();
    const candidates = await scopedQuery(context, Candidate, 'c')
      .andWhere('c.id IN (:...candidateIds)', { candidateIds: unique })
      .getMany();
    return new Map(candidates.map((candidate) => [candidate.id, toCandidateView(candidate)]));
  }

  /** `GET /candidates`: newest first, or best match first with `q` (see candidate-search.ts). */
  async list(context: RequestContext, query: ListCandidatesQuery): Promise<Page<CandidateView>> {
    if (!query.q) {
      const { builder } = candidateListQuery(context, query);
      return toPage(await builder.getMany(), query.limit, (candidate) => [candidate.id], toCandidateView);
    }
    // A transaction only so the trigram threshold is SET LOCAL to this query.
    return context.transaction(async (tx) => {
      await useSearchSettings(tx);
      const { builder } = candidateListQuery(tx, query);
      const { entities, raw } = await builder.getRawAndEntities<{ c_id: string; rank: number }>();
      const rankById = new Map(raw.map((row) => [row.c_id, Number(row.rank)]));
      return toPage(entities, query.limit, (candidate) => [rankById.get(candidate.id)!, candidate.id], toCandidateView);
    });
  }

  /**
   * Stores a résumé file and its text (for search), replacing the previous one. The type is read
   * from the bytes: 415 UNSUPPORTED_RESUME_TYPE unless PDF, DOCX or UTF-8 text; 422
   * RESUME_UNREADABLE when its text cannot be extracted (damaged, encrypted).
   *
   * The new object is written under a new key before the row points to it, so the row never
   * refers to a missing file; the old object is deleted after commit (a crash in between leaves an
   * orphan object, never a dangling reference). A failed transaction deletes the new object.
   */
  async uploadResume(context: RequestContext, candidateId: string, file: UploadedFile): Promise<CandidateView> {
    await this.findVisible(context, candidateId);
    const resume = await this.readResume(file);
    const stored = await this.storeResume(context.organizationId, candidateId, resume);
    let replaced: { view: CandidateView; previous: StoredFile | null };
    try {
      replaced = await context.transaction(async (tx) => {
        const candidate = await this.findVisible(tx, candidateId, { lock: true });
        const previous = candidate.resumeFile;
        candidate.resumeFile = stored;
        candidate.resumeText = resume.text || null;
        await tx.manager.save(candidate);
        return { view: toCandidateView(candidate), previous };
      });
    } catch (error) {
      await this.deleteStoredFile(stored.key);
      throw error;
    }
    if (replaced.previous) await this.deleteStoredFile(replaced.previous.key);
    return replaced.view;
  }

  /** Checks an uploaded résumé (type by content: 415; readable: 422) and extracts its text; stores nothing. */
  async readResume(file: UploadedFile): Promise<ReadResume> {
    const type = await detectResumeType(file.bytes, { fileName: file.fileName, mediaType: file.mediaType });
    if (!type) {
      throw new CandidatesError(
        'UNSUPPORTED_RESUME_TYPE',
        'A résumé must be a PDF, a DOCX or a UTF-8 plain text file; the type is read from the content.',
        {
          errors: [{ field: 'file', message: 'is not a PDF, DOCX or UTF-8 plain text file' }],
        },
      );
    }
    let text: string;
    try {
      text = await extractResumeText(type.kind, file.bytes);
    } catch (error) {
      this.logger.warn({ kind: type.kind, error: (error as Error).message }, 'Could not extract the text of a résumé');
      throw new CandidatesError(
        'RESUME_UNREADABLE',
        `The ${type.extension.toUpperCase()} file could not be read (damaged or encrypted?).`,
        {
          errors: [{ field: 'file', message: `is not a readable ${type.extension.toUpperCase()} file` }],
        },
      );
    }
    return {
      bytes: file.bytes,
      text,
      fileName: resumeFileName(file.fileName, type),
      contentType: type.contentType,
      extension: type.extension,
    };
  }

  /** Puts a checked résumé into storage under the candidate; the caller records the result (or deletes it on failure). */
  async storeResume(organizationId: string, candidateId: string, resume: ReadResume): Promise<StoredFile> {
    const stored: StoredFile = {
      key: `${organizationId}/candidates/${candidateId}/resume-${randomUUID()}.${resume.extension}`,
      fileName: resume.fileName,
      contentType: resume.contentType,
      size: resume.bytes.length,
      uploadedAt: new Date().toISOString(),
    };
    await this.storage.put(stored.key, resume.bytes, stored.contentType);
    return stored;
  }

  async downloadResume(context: RequestContext, candidateId: string): Promise<ResumeDownload> {
    const candidate = await this.findVisible(context, candidateId);
    const file = candidate.resumeFile;
    const bytes = file ? await this.storage.get(file.key) : undefined;
    if (!file || !bytes) {
      if (file) this.logger.error({ candidateId, key: file.key }, 'A résumé file is missing from storage');
      throw new CandidatesError('RESUME_NOT_FOUND', 'This candidate has no résumé file.');
    }
    return { bytes, fileName: file.fileName, contentType: file.contentType };
  }

  /** After commit: a failure leaves an orphan object (logged), never a failed request. */
  async deleteStoredFile(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn({ key, error: (error as Error).message }, 'Could not delete a stored file; it is left as an orphan');
    }
  }

  /**
   * Runs a write that may hit the per-organisation email index. Inside a savepoint, so that on a
   * conflict the transaction is still usable to find the candidate that holds the email. The
   * violation is recognised by the index's name, never by the message.
   */
  private async writeWithUniqueEmail<T>(tx: RequestContext, emailNormalized: string | null, write: () => Promise<T>): Promise<T> {
    await tx.manager.query('SAVEPOINT candidate_email');
    try {
      const result = await write();
      await tx.manager.query('RELEASE SAVEPOINT candidate_email');
      return result;
    } catch (error) {
      if (!isUniqueViolation(error, EMAIL_UNIQUE_CONSTRAINT)) throw error;
      await tx.manager.query('ROLLBACK TO SAVEPOINT candidate_email');
      const holder = await scopedQuery(tx, Candidate, 'c')
        .select('c.id')
        .andWhere('c.email_normalized = :emailNormalized', { emailNormalized })
        .getOne();
      throw new CandidatesError('CANDIDATE_EMAIL_TAKEN', 'Another candidate of the organisation has this email.', {
        errors: [{ field: 'email', message: 'already belongs to another candidate' }],
        candidateId: holder?.id ?? null,
      });
    }
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
