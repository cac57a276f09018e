import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type {
  HiddenReviewView,
  Page,
  PageQuery,
  PutReviewRequest,
  ReviewReplyRequest,
  ReviewView,
} from '@toolbox/contracts';
import { offeringRating, type ReviewVerification } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { AuditService, CatalogueRatings, OfferingReader } from '../catalogue/index.js';
import { InquiryReader } from '../engagement/index.js';
import { Notifier } from '../notifications/index.js';
import { SmesService } from '../smes/index.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewError } from './reviews.errors.js';

export function toReviewView(r: ReviewEntity): ReviewView {
  return {
    id: r.id,
    offeringId: r.offeringId,
    rating: r.rating,
    body: r.body,
    verified: r.verified,
    sme: { industry: r.smeIndustry, region: r.smeRegion, sizeClass: r.smeSizeClass },
    ...(r.replyBody !== null && r.replyCreatedAt !== null
      ? {
          reply: {
            body: r.replyBody,
            createdAt: r.replyCreatedAt.toISOString(),
            updatedAt: (r.replyUpdatedAt ?? r.replyCreatedAt).toISOString(),
          },
        }
      : {}),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A review the demo data loader inserts (its backing inquiry is seeded by the engagement module). */
export interface SeedReviewRow {
  offeringId: string;
  smeUserId: string;
  rating: number;
  body: string;
  verified: ReviewVerification;
  smeIndustry: string;
  smeRegion: string;
  smeSizeClass: ReviewEntity['smeSizeClass'];
  replyBody: string | null;
  createdAt: Date;
}

/**
 * Verified reviews: only an SME whose inquiry on the offering reached `trialing` or `won` may
 * review it; the offering's rating and review count follow the visible reviews, written through
 * the catalogue's port in the same transaction (search re-indexes it through the outbox).
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly offerings: OfferingReader,
    private readonly ratings: CatalogueRatings,
    private readonly audit: AuditService,
    private readonly inquiries: InquiryReader,
    private readonly smes: SmesService,
    private readonly notifier: Notifier,
  ) {}

  async putMine(user: AuthUser, offeringId: string, input: PutReviewRequest): Promise<ReviewView> {
    const offering = await this.offerings.ownership(offeringId);
    if (offering === null || !offering.published) throw new ReviewError('OFFERING_NOT_FOUND');
    const verified = await this.inquiries.engagementOf(user.id, offeringId);
    if (verified === null) throw new ReviewError('REVIEW_NOT_ELIGIBLE');
    const sme = await this.smes.requireProfile(user);
    const saved = await this.dataSource.transaction(async (em) => {
      await this.lockOffering(em, offeringId);
      const repo = em.getRepository(ReviewEntity);
      const existing = await repo.findOneBy({ offeringId, smeUserId: user.id });
      const isNew = existing === null;
      const review = await repo.save(
        repo.merge(existing ?? repo.create({ offeringId, smeUserId: user.id }), {
          rating: input.rating,
          body: input.body,
          verified,
          smeIndustry: sme.industry,
          smeRegion: sme.region,
          smeSizeClass: sme.sizeClass,
        }),
      );
      await this.refreshRating(em, offeringId);
      await this.notifier.notify(em, offering.providerUserId, 'review_created', {
        reviewId: review.id,
        offeringId,
        rating: input.rating,
        replaced: !isNew,
      });
      return review;
    });
    this.ratings.committed();
    return toReviewView(saved);
  }

  async list(offeringId: string, query: PageQuery): Promise<Page<ReviewView>> {
    const offering = await this.offerings.ownership(offeringId);
    if (offering === null || !offering.published) throw new ReviewError('OFFERING_NOT_FOUND');
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.dataSource.getRepository(ReviewEntity).findAndCount({
      where: { offeringId, hiddenAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    return pageOf(rows.map(toReviewView), total, page, pageSize);
  }

  /** The owning provider's one reply (replaces an earlier one); anyone else gets 404. */
  async reply(user: AuthUser, reviewId: string, input: ReviewReplyRequest): Promise<ReviewView> {
    const review = await this.visible(reviewId);
    const offering = await this.offerings.ownership(review.offeringId);
    if (offering === null || offering.providerUserId !== user.id) {
      throw new ReviewError('REVIEW_NOT_FOUND');
    }
    const now = new Date(this.clock.now());
    const saved = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(ReviewEntity);
      const row = await repo.findOneBy({ id: reviewId });
      if (row === null || row.hiddenAt !== null) throw new ReviewError('REVIEW_NOT_FOUND');
      row.replyCreatedAt ??= now;
      row.replyUpdatedAt = now;
      row.replyBody = input.body;
      const out = await repo.save(row);
      await this.notifier.notify(em, row.smeUserId, 'review_replied', {
        reviewId: row.id,
        offeringId: row.offeringId,
      });
      return out;
    });
    return toReviewView(saved);
  }

  /** Hides a review (admin): it leaves the list and the rating; the audit log records it. */
  async hide(admin: AuthUser, reviewId: string, reason: string): Promise<HiddenReviewView> {
    const now = new Date(this.clock.now());
    const saved = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(ReviewEntity);
      const found = await repo.findOneBy({ id: reviewId });
      if (found === null) throw new ReviewError('REVIEW_NOT_FOUND');
      await this.lockOffering(em, found.offeringId);
      found.hiddenAt ??= now;
      found.hiddenReason = reason;
      const row = await repo.save(found);
      await this.refreshRating(em, row.offeringId);
      await this.audit.record(em, {
        actor: admin,
        action: 'hide',
        entityType: 'review',
        entityId: row.id,
        summary: row.body,
        reason,
      });
      return row;
    });
    this.ratings.committed();
    return { ...toReviewView(saved), hidden: true, hiddenReason: reason };
  }

  /**
   * The demo data loader's reviews, inside its transaction. The seeded offerings already carry
   * the mean and count of exactly these reviews (libs/demo-catalogue computes both).
   */
  async insertSeedReviews(em: EntityManager, rows: readonly SeedReviewRow[]): Promise<void> {
    const repo = em.getRepository(ReviewEntity);
    for (let i = 0; i < rows.length; i += 200) {
      await repo.insert(
        rows.slice(i, i + 200).map((r) => {
          const replyAt =
            r.replyBody === null ? null : new Date(r.createdAt.getTime() + 86_400_000);
          return { ...r, replyCreatedAt: replyAt, replyUpdatedAt: replyAt, updatedAt: r.createdAt };
        }),
      );
    }
  }

  private async visible(reviewId: string): Promise<ReviewEntity> {
    const row = await this.dataSource.getRepository(ReviewEntity).findOneBy({ id: reviewId });
    if (row === null || row.hiddenAt !== null) throw new ReviewError('REVIEW_NOT_FOUND');
    return row;
  }

  /** One writer of an offering's reviews at a time, so the recomputed mean sees every review. */
  private async lockOffering(em: EntityManager, offeringId: string): Promise<void> {
    await em.query("SELECT pg_advisory_xact_lock(hashtext('reviews:' || $1))", [offeringId]);
  }

  private async refreshRating(em: EntityManager, offeringId: string): Promise<void> {
    const rows = await em
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .select('r.rating', 'rating')
      .where('r.offering_id = :offeringId AND r.hidden_at IS NULL', { offeringId })
      .getRawMany<{ rating: number }>();
    const { rating, reviewCount } = offeringRating(rows.map((r) => Number(r.rating)));
    await this.ratings.setRating(em, offeringId, rating, reviewCount);
  }
}
