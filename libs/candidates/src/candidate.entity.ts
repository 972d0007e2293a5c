import { TenantOwnedEntity } from '@hp/accounts';
import { Check, Column, Entity, Index } from 'typeorm';

export const candidateSources = ['career_site', 'referral', 'job_board', 'agency', 'sourced', 'other'] as const;
export type CandidateSource = (typeof candidateSources)[number];

export interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** Lower-cased and trimmed: the form in which emails are compared. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Entity({ name: 'candidates' })
@Check('candidates_source_check', `source IN ('career_site', 'referral', 'job_board', 'agency', 'sourced', 'other')`)
@Index('candidates_organization_id_idx', ['organizationId', 'id'])
@Index('candidates_organization_email_unique', ['organizationId', 'emailNormalized'], {
  unique: true,
  where: 'email_normalized IS NOT NULL',
})
// Full-text (trigger-maintained tsvector), trigram and tag indexes: written in the migration.
@Index('candidates_search_document_idx', { synchronize: false })
@Index('candidates_name_trgm_idx', { synchronize: false })
@Index('candidates_tags_idx', { synchronize: false })
export class Candidate extends TenantOwnedEntity {
  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  /** Null once the candidate has been erased (GDPR). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  emailNormalized: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'jsonb', default: [] })
  links: string[];

  @Column({ type: 'text', default: 'other' })
  source: CandidateSource;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', nullable: true, select: false })
  resumeText: string | null;

  @Column({ type: 'jsonb', nullable: true })
  resumeFile: StoredFile | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Kept by a database trigger from names, email, tags and résumé text; read only by search. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchDocument?: string;
}
