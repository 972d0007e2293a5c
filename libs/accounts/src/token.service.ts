import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac, randomBytes } from 'node:crypto';

export const JWT_ISSUER = 'hiring-pipeline';
export const JWT_AUDIENCE = 'hiring-pipeline-api';
export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  sid: string;
}

/** Access tokens (JWT) and the opaque random tokens of refresh, invitation and reset links. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.config.JWT_ACCESS_SECRET,
      algorithm: JWT_ALGORITHM,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  }

  /** 256 random bits, URL-safe. */
  randomToken(): string {
    return randomBytes(32).toString('base64url');
  }

  /**
   * Opaque tokens are stored as a keyed hash: a leaked table does not yield usable tokens, and the
   * tokens are random enough that a fast hash is safe.
   */
  hashToken(token: string): string {
    return createHmac('sha256', this.config.JWT_REFRESH_SECRET).update(token).digest('hex');
  }
}
