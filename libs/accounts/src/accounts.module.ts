import { AuditModule } from '@hp/audit';
import { MailModule } from '@hp/mail';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorLoader } from './actor-loader.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { OneTimeToken } from './entities/one-time-token.entity.js';
import { Organization } from './entities/organization.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { Session } from './entities/session.entity.js';
import { User } from './entities/user.entity.js';
import { JwtStrategy } from './jwt.strategy.js';
import { MeController } from './me.controller.js';
import { OneTimeTokens } from './one-time-tokens.js';
import { OrganizationSetupSteps } from './organization-setup.js';
import { OrganizationsService } from './organizations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { NotificationPreferencesController, OrganizationSettingsController } from './settings/organization-settings.controller.js';
import { OrganizationSettingsService } from './settings/organization-settings.service.js';

export const accountsEntities = [Organization, User, Session, RefreshToken, OneTimeToken];

@Module({
  imports: [
    TypeOrmModule.forFeature(accountsEntities),
    DiscoveryModule,
    PassportModule,
    JwtModule.register({}),
    AuditModule,
    MailModule,
    OutboxModule,
  ],
  controllers: [AuthController, MeController, UsersController, OrganizationSettingsController, NotificationPreferencesController],
  providers: [
    ActorLoader,
    AuthService,
    JwtStrategy,
    OneTimeTokens,
    OrganizationSetupSteps,
    OrganizationsService,
    OrganizationSettingsService,
    PasswordHasher,
    SessionService,
    TokenService,
    UsersService,
  ],
  exports: [AuthService, ActorLoader],
})
export class AccountsModule {}
