import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Not, Repository } from 'typeorm';
import type { Role } from '@toolbox/domain';
import { UserEntity } from './entities/user.entity.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  /** The admin account ensureAdmin manages from ADMIN_EMAIL. */
  bootstrapAdmin?: boolean;
  /** A gov account's region (GB/T 2260); null/absent for every other role. */
  region?: string | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  /** Inserts a user (in `em` when given); a duplicate email is a unique violation (409). */
  async insert(user: NewUser, em?: EntityManager): Promise<UserEntity> {
    const repo = em?.getRepository(UserEntity) ?? this.repo;
    const entity = repo.create({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      passwordHash: user.passwordHash,
      bootstrapAdmin: user.bootstrapAdmin ?? false,
      region: user.region ?? null,
      tokenVersion: 0,
      disabledAt: null,
    });
    return repo.save(entity);
  }

  /** A new password; every token issued before it is revoked (token version + 1). */
  async changePassword(id: string, passwordHash: string): Promise<void> {
    await this.repo.update({ id }, { passwordHash, tokenVersion: () => '"token_version" + 1' });
  }

  /**
   * Makes `id` the (enabled) bootstrap admin with this password; a role or password change
   * revokes its earlier tokens (token version + 1).
   */
  async makeBootstrapAdmin(id: string, passwordHash: string): Promise<void> {
    await this.repo.update(
      { id },
      {
        passwordHash,
        role: 'admin',
        bootstrapAdmin: true,
        disabledAt: null,
        tokenVersion: () => '"token_version" + 1',
      },
    );
  }

  /** Marks an existing, unchanged admin account as the bootstrap admin (no token change). */
  async markBootstrapAdmin(id: string): Promise<void> {
    await this.repo.update({ id }, { bootstrapAdmin: true });
  }

  /**
   * Disables every earlier bootstrap admin but `keepId` (ADMIN_EMAIL changed): it can no longer
   * sign in and its tokens are revoked. Returns the disabled accounts' emails.
   */
  async disableOtherBootstrapAdmins(keepId: string, at: Date): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder()
      .update(UserEntity)
      .set({ disabledAt: at, bootstrapAdmin: false, tokenVersion: () => '"token_version" + 1' })
      .where('bootstrap_admin AND id <> :keepId', { keepId })
      .returning(['email'])
      .execute();
    return (rows.raw as { email: string }[]).map((r) => r.email);
  }

  /** Users of one role, newest first (the admin's gov-account list). */
  async listByRole(
    role: Role,
    skip: number,
    take: number,
  ): Promise<{ rows: UserEntity[]; total: number }> {
    const [rows, total] = await this.repo.findAndCount({
      where: { role },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { rows, total };
  }

  /**
   * Disables (`at`) or re-enables (null) an account; disabling revokes its tokens (token
   * version + 1). Returns false when no user of that role has this id.
   */
  async setDisabled(id: string, role: Role, at: Date | null, em?: EntityManager): Promise<boolean> {
    const repo = em?.getRepository(UserEntity) ?? this.repo;
    const result = await repo.update(
      { id, role },
      at === null
        ? { disabledAt: null }
        : { disabledAt: at, tokenVersion: () => '"token_version" + 1' },
    );
    return (result.affected ?? 0) > 0;
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  /** How many of these emails have an account. */
  countByEmails(emails: readonly string[]): Promise<number> {
    if (emails.length === 0) return Promise.resolve(0);
    return this.repo.countBy({ email: In(emails.map((e) => e.toLowerCase())) });
  }

  /** Accounts other than admins (the seeder only fills a database without any). */
  countNonAdmin(): Promise<number> {
    return this.repo.countBy({ role: Not('admin') });
  }

  /** Names and roles of the given users, by id (the audit log shows who acted). */
  async actors(ids: readonly string[]): Promise<Map<string, { name: string; role: Role }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.find({
      select: { id: true, name: true, role: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((u) => [u.id, { name: u.name, role: u.role }]));
  }
}
