import { ApplicationsModule } from '@hp/applications';
import { Module } from '@nestjs/common';
import { CareerSiteController } from './career-site.controller.js';
import { CareerSiteService } from './career-site.service.js';

@Module({ imports: [ApplicationsModule], controllers: [CareerSiteController], providers: [CareerSiteService] })
export class CareerSiteModule {}
