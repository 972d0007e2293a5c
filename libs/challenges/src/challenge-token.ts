import { createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what a candidate's submission link carries (43 characters). */
export const newChallengeToken = (): string => randomBytes(32).toString('base64url');

/** The shape `newChallengeToken` makes; anything else is answered like an unknown token, without a lookup. */
export const isChallengeTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Stored as a keyed hash, as the accounts library stores its opaque tokens: a leaked table yields
 * no usable link, and the token is random enough for a fast hash.
 */
export const hashChallengeToken = (secret: string, token: string): string => createHmac('sha256', secret).update(token).digest('hex');
