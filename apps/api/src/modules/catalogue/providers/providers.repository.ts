import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { ProviderEntity } from './entities/provider.entity.js';

export type ProviderFields = Pick<ProviderEntity, 'name' | 'kind' | 'description' | 'website'>;

@Injectable()
export class ProvidersRepository {
  constructor(
    @InjectRepository(ProviderEntity) private readonly repo: Repository<ProviderEntity>,
  ) {}

  findById(id: string): Promise<ProviderEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByUser(userId: string, em?: EntityManager): Promise<ProviderEntity | null> {
    return (em?.getRepository(ProviderEntity) ?? this.repo).findOneBy({ userId });
  }

  /** Creates or updates the profile owned by `userId` (one per account) and returns it. */
  async upsertForUser(
    em: EntityManager,
    userId: string,
    fields: ProviderFields,
  ): Promise<ProviderEntity> {
    await em
      .createQueryBuilder()
      .insert()
      .into(ProviderEntity)
      .values({ userId, ...fields })
      .orUpdate(['name', 'kind', 'description', 'website', 'updated_at'], ['user_id'])
      .execute();
    const saved = await em.getRepository(ProviderEntity).findOneByOrFail({ userId });
    return saved;
  }

  async list(skip: number, take: number): Promise<[ProviderEntity[], number]> {
    return this.repo.findAndCount({ order: { name: 'ASC', id: 'ASC' }, skip, take });
  }
}
