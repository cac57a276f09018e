import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2id password hashing behind a small provider (tests may swap in a faster one). */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  /** A hash of a random password, to verify against when the email is unknown. */
  dummyHash(): Promise<string> {
    this.dummy ??= this.hash(randomBytes(24).toString('hex'));
    return this.dummy;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
