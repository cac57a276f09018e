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
    });
    return repo.save(entity);
  }

  async updatePasswordAndRole(id: string, passwordHash: string, role: Role): Promise<void> {
    await this.repo.update({ id }, { passwordHash, role });
  }

  count(): Promise<number> {
    return this.repo.count();
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
