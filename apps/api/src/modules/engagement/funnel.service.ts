import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FUNNEL_MAX_DAYS, type FunnelQuery, type FunnelView } from '@toolbox/contracts';
import { engagementDayStart, median } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { OfferingReader } from '../catalogue/index.js';
import { EngagementError } from './engagement.errors.js';
import { InquiryEntity } from './entities/inquiry.entity.js';
import { OfferingViewEntity } from './entities/offering-view.entity.js';

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date is a whole day in China Standard Time; an instant is itself. */
function bound(value: string, end: boolean): number {
  if (DATE_ONLY.test(value)) {
    const start = Date.parse(`${value}T00:00:00+08:00`);
    return end ? start + DAY_MS : start;
  }
  return Date.parse(value);
}

interface Counts {
  views: number;
  inquiries: number;
  trials: number;
  won: number;
  lost: number;
}

/**
 * The provider's funnel over a period: views in the period; inquiries created in the period and
 * how many of them reached trialing, won and lost; the median minutes from an inquiry to the
 * provider's first message (recorded times). Everything is scoped to the provider's user id.
 */
@Injectable()
export class FunnelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offerings: OfferingReader,
    private readonly clock: Clock,
  ) {}

  period(query: FunnelQuery): { from: Date; to: Date } {
    const now = this.clock.now();
    const to = query.to !== undefined ? bound(query.to, true) : engagementDayStart(now) + DAY_MS;
    const from = query.from !== undefined ? bound(query.from, false) : to - 30 * DAY_MS;
    if (!(from < to) || to - from > FUNNEL_MAX_DAYS * DAY_MS) {
      throw new EngagementError('INVALID_PERIOD');
    }
    return { from: new Date(from), to: new Date(to) };
  }

  async funnel(user: AuthUser, query: FunnelQuery): Promise<FunnelView> {
    const { from, to } = this.period(query);
    const range = { me: user.id, from, to };
    const views = await this.dataSource
      .getRepository(OfferingViewEntity)
      .createQueryBuilder('v')
      .select('v.offering_id', 'offeringId')
      .addSelect('COUNT(*)::int', 'views')
      .where('v.provider_user_id = :me AND v.viewed_at >= :from AND v.viewed_at < :to', range)
      .groupBy('v.offering_id')
      .getRawMany<{ offeringId: string; views: number }>();
    const inquiries = await this.dataSource
      .getRepository(InquiryEntity)
      .createQueryBuilder('i')
      .select('i.offering_id', 'offeringId')
      .addSelect('COUNT(*)::int', 'inquiries')
      .addSelect('COUNT(i.trial_at)::int', 'trials')
      .addSelect("COUNT(*) FILTER (WHERE i.status = 'won')::int", 'won')
      .addSelect("COUNT(*) FILTER (WHERE i.status = 'lost')::int", 'lost')
      .where('i.provider_user_id = :me AND i.created_at >= :from AND i.created_at < :to', range)
      .groupBy('i.offering_id')
      .getRawMany<{ offeringId: string } & Omit<Counts, 'views'>>();
    const responses = await this.dataSource
      .getRepository(InquiryEntity)
      .createQueryBuilder('i')
      .select('EXTRACT(EPOCH FROM (i.first_response_at - i.created_at)) / 60', 'minutes')
      .where('i.provider_user_id = :me AND i.created_at >= :from AND i.created_at < :to', range)
      .andWhere('i.first_response_at IS NOT NULL')
      .getRawMany<{ minutes: string }>();

    const byId = new Map<string, Counts>();
    const counts = (id: string): Counts => {
      let c = byId.get(id);
      if (c === undefined) {
        c = { views: 0, inquiries: 0, trials: 0, won: 0, lost: 0 };
        byId.set(id, c);
      }
      return c;
    };
    for (const v of views) counts(v.offeringId).views = v.views;
    for (const i of inquiries) {
      const c = counts(i.offeringId);
      c.inquiries = i.inquiries;
      c.trials = i.trials;
      c.won = i.won;
      c.lost = i.lost;
    }

    const own = await this.offerings.ofProviderUser(user.id);
    const byOffering = own
      .filter((o) => o.status === 'published' || byId.has(o.id))
      .map((o) => {
        const c = byId.get(o.id) ?? { views: 0, inquiries: 0, trials: 0, won: 0 };
        return {
          offeringId: o.id,
          title: o.title,
          views: c.views,
          inquiries: c.inquiries,
          trials: c.trials,
          won: c.won,
        };
      })
      .sort((a, b) => b.inquiries - a.inquiries || b.views - a.views);
    const total = (k: keyof Counts): number => [...byId.values()].reduce((n, c) => n + c[k], 0);
    const m = median(responses.map((r) => Number(r.minutes)));
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      views: total('views'),
      inquiries: total('inquiries'),
      trials: total('trials'),
      won: total('won'),
      lost: total('lost'),
      medianFirstResponseMinutes: m === null ? null : Math.round(m * 10) / 10,
      byOffering,
    };
  }
}
