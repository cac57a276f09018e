import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { InquiryStatus } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { InquiryEventEntity } from './entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from './entities/inquiry-message.entity.js';
import { InquiryEntity } from './entities/inquiry.entity.js';

const UNFINISHED: InquiryStatus[] = ['open', 'responded', 'trialing'];

/**
 * Queries of inquiries. Who may see one is part of every query: the SME that wrote it, the
 * provider that owns the offering, admins; for anyone else the inquiry does not exist (404).
 */
@Injectable()
export class InquiriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private qb(em?: EntityManager): SelectQueryBuilder<InquiryEntity> {
    return (em ?? this.dataSource.manager).getRepository(InquiryEntity).createQueryBuilder('i');
  }

  /** Restricts `qb` to the inquiries `user` is a party of (admins: all). */
  private static scoped(
    qb: SelectQueryBuilder<InquiryEntity>,
    user: AuthUser,
  ): SelectQueryBuilder<InquiryEntity> {
    switch (user.role) {
      case 'sme':
        return qb.andWhere('i.sme_user_id = :me', { me: user.id });
      case 'provider':
        return qb.andWhere('i.provider_user_id = :me', { me: user.id });
      case 'admin':
        return qb;
      default:
        return qb.andWhere('false');
    }
  }

  async findVisible(user: AuthUser, id: string): Promise<InquiryEntity | null> {
    return InquiriesRepository.scoped(this.qb().where('i.id = :id', { id }), user).getOne();
  }

  /** The inquiry if `user` is its SME or provider, locked for the move or message. */
  async findOwnForUpdate(
    em: EntityManager,
    user: AuthUser,
    id: string,
  ): Promise<InquiryEntity | null> {
    if (user.role !== 'sme' && user.role !== 'provider') return null;
    return InquiriesRepository.scoped(this.qb(em).where('i.id = :id', { id }), user)
      .setLock('pessimistic_write')
      .getOne();
  }

  async list(
    user: AuthUser,
    status: InquiryStatus | undefined,
    skip: number,
    take: number,
  ): Promise<[InquiryEntity[], number]> {
    const qb = InquiriesRepository.scoped(this.qb().where('true'), user);
    if (status !== undefined) qb.andWhere('i.status = :status', { status });
    return qb
      .orderBy('i.updated_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  hasUnfinished(
    em: EntityManager,
    smeUserId: string,
    offeringId: string,
    kind: string,
  ): Promise<boolean> {
    return this.qb(em)
      .where('i.sme_user_id = :smeUserId AND i.offering_id = :offeringId AND i.kind = :kind', {
        smeUserId,
        offeringId,
        kind,
      })
      .andWhere('i.status IN (:...unfinished)', { unfinished: UNFINISHED })
      .getExists();
  }

  countCreatedSince(em: EntityManager, smeUserId: string, since: Date): Promise<number> {
    return this.qb(em)
      .where('i.sme_user_id = :smeUserId AND i.created_at >= :since', { smeUserId, since })
      .getCount();
  }

  /** Serialises one SME's inquiry creations (the daily limit and the duplicate check). */
  async lockSme(em: EntityManager, smeUserId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `inquiry-create:${smeUserId}`,
    ]);
  }

  messages(inquiryId: string): Promise<InquiryMessageEntity[]> {
    return this.dataSource.getRepository(InquiryMessageEntity).find({
      where: { inquiryId },
      order: { seq: 'ASC' },
    });
  }

  events(inquiryId: string): Promise<InquiryEventEntity[]> {
    return this.dataSource.getRepository(InquiryEventEntity).find({
      where: { inquiryId },
      order: { seq: 'ASC' },
    });
  }
}
