import { AuthError } from '@hp/auth';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ActorLoader } from './actor-loader.js';
import { type AccessTokenClaims, JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER } from './token.service.js';

/**
 * Bearer access tokens: signature, algorithm (pinned: `none` and every other algorithm are refused),
 * expiry, issuer and audience are checked by passport-jwt; the user and session by ActorLoader.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly actors: ActorLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken first tries (and fails) to read it as a public key
      // on every verification, which the benchmark measured at 14 % of a read request's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_ACCESS_SECRET)) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims) {
    const actor = await this.actors.load(claims.sub, claims.org, claims.sid);
    if (!actor) throw new AuthError('INVALID_TOKEN', 'The session has ended or the account is not active.');
    return actor;
  }
}
