import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

  /** Inserts a user; a duplicate email surfaces as a unique violation (mapped to 409). */
  async insert(user: NewUser): Promise<UserEntity> {
    const entity = this.repo.create({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      passwordHash: user.passwordHash,
    });
    return this.repo.save(entity);
  }

  async updatePasswordAndRole(id: string, passwordHash: string, role: Role): Promise<void> {
    await this.repo.update({ id }, { passwordHash, role });
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
