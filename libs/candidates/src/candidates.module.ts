import { AuditModule } from '@hp/audit';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Candidate } from './candidate.entity.js';
import { CandidatePrivacyService } from './candidate-privacy.service.js';
import { CandidateProfileData } from './candidate-profile.data.js';
import { CandidatesController } from './candidates.controller.js';
import { CandidatesService } from './candidates.service.js';
import { FileStorage } from './storage/file-storage.js';
import { fileStorageProvider } from './storage/file-storage.provider.js';

export const candidatesEntities = [Candidate];

/** Candidates without HTTP: the service, GDPR export and erasure, file storage (for the worker too). */
@Module({
  imports: [TypeOrmModule.forFeature(candidatesEntities), DiscoveryModule, AuditModule],
  providers: [CandidatesService, CandidatePrivacyService, CandidateProfileData, fileStorageProvider],
  exports: [CandidatesService, CandidatePrivacyService, FileStorage],
})
export class CandidateRecordsModule {}

@Module({
  imports: [CandidateRecordsModule],
  controllers: [CandidatesController],
  exports: [CandidateRecordsModule],
})
export class CandidatesModule {}
