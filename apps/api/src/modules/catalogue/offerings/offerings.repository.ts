import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { OfferingStatus } from '@toolbox/domain';
import type { ProviderEntity } from '../providers/entities/provider.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';

export interface OfferingWithProvider {
  offering: OfferingEntity;
  provider: ProviderEntity;
}

/** Queries of offerings. Ownership is part of the query: another provider's offering is not found. */
@Injectable()
export class OfferingsRepository {
  constructor(
    @InjectRepository(OfferingEntity) private readonly repo: Repository<OfferingEntity>,
  ) {}

  private withProvider(em?: EntityManager) {
    return (em?.getRepository(OfferingEntity) ?? this.repo)
      .createQueryBuilder('o')
      .innerJoinAndSelect('o.provider', 'p');
  }

  private static split(o: OfferingEntity | null): OfferingWithProvider | null {
    if (o === null || o.provider === undefined) return null;
    return { offering: o, provider: o.provider };
  }

  async findById(id: string): Promise<OfferingWithProvider | null> {
    return OfferingsRepository.split(
      await this.withProvider().where('o.id = :id', { id }).getOne(),
    );
  }

  /** The offering if `userId` owns it (through its provider profile), locked for update. */
  async findOwnedForUpdate(
    em: EntityManager,
    id: string,
    userId: string,
  ): Promise<OfferingWithProvider | null> {
    const o = await this.withProvider(em)
      .where('o.id = :id AND p.user_id = :userId', { id, userId })
      .setLock('pessimistic_write', undefined, ['o'])
      .getOne();
    return OfferingsRepository.split(o);
  }

  async findForUpdate(em: EntityManager, id: string): Promise<OfferingWithProvider | null> {
    const o = await this.withProvider(em)
      .where('o.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['o'])
      .getOne();
    return OfferingsRepository.split(o);
  }

  async listByOwner(
    userId: string,
    status: OfferingStatus | undefined,
    skip: number,
    take: number,
  ): Promise<[OfferingEntity[], number]> {
    const qb = this.withProvider()
      .where('p.user_id = :userId', { userId })
      .orderBy('o.updated_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip(skip)
      .take(take);
    if (status !== undefined) qb.andWhere('o.status = :status', { status });
    return qb.getManyAndCount();
  }

  async listPublishedByProvider(
    providerId: string,
    skip: number,
    take: number,
  ): Promise<[OfferingEntity[], number]> {
    return this.repo.findAndCount({
      where: { providerId, status: 'published' },
      order: { publishedAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
  }

  /**
   * The admin queue. `pending` lists new submissions and published offerings whose edit waits
   * for review, oldest first; other statuses list newest first.
   */
  async listForAdmin(
    status: OfferingStatus | undefined,
    q: string | undefined,
    skip: number,
    take: number,
  ): Promise<[OfferingEntity[], number]> {
    const qb = this.withProvider().skip(skip).take(take);
    if (status === 'pending') {
      qb.where(
        "(o.status = 'pending' OR (o.status = 'published' AND o.pending_revision IS NOT NULL))",
      ).orderBy('o.updated_at', 'ASC');
    } else {
      if (status !== undefined) qb.where('o.status = :status', { status });
      qb.orderBy('o.updated_at', 'DESC');
    }
    qb.addOrderBy('o.id', 'ASC');
    if (q !== undefined) {
      qb.andWhere('(o.title ILIKE :q OR p.name ILIKE :q)', {
        q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return qb.getManyAndCount();
  }

  /**
   * The provider's offerings in any status, counted while its providers row is locked: two
   * creations at once cannot both pass the cap.
   */
  async countOfProviderLocked(em: EntityManager, providerId: string): Promise<number> {
    await em.query('SELECT 1 FROM "providers" WHERE "id" = $1 FOR UPDATE', [providerId]);
    return em.getRepository(OfferingEntity).countBy({ providerId });
  }

  async insert(em: EntityManager, values: Partial<OfferingEntity>): Promise<OfferingEntity> {
    const repo = em.getRepository(OfferingEntity);
    const saved = await repo.save(repo.create(values));
    return repo.findOneByOrFail({ id: saved.id });
  }

  async update(
    em: EntityManager,
    id: string,
    values: Partial<OfferingEntity>,
  ): Promise<OfferingEntity> {
    const repo = em.getRepository(OfferingEntity);
    await repo.update({ id }, values);
    return repo.findOneByOrFail({ id });
  }
}
