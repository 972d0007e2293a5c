import { ApplicationsModule } from '@hp/applications';
import { CandidatesModule } from '@hp/candidates';
import { Module } from '@nestjs/common';
import { CareerSiteController } from './career-site.controller.js';
import { CareerSiteService } from './career-site.service.js';

@Module({ imports: [ApplicationsModule, CandidatesModule], controllers: [CareerSiteController], providers: [CareerSiteService] })
export class CareerSiteModule {}
