import { Injectable, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane. */
const argon2Options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when no account matches, so an unknown email costs the same time as a wrong password. */
  private decoy = '';

  async onModuleInit(): Promise<void> {
    this.decoy = await argon2.hash('decoy password that matches nothing', argon2Options);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, argon2Options);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) return false;
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  async spendDecoyVerification(password: string): Promise<void> {
    await this.verify(this.decoy, password);
  }
}
