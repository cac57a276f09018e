import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { engagementDay } from '@toolbox/domain';
import { Clock } from '../../common/clock.js';
import { Logger, safeError } from '../../common/logging/logger.js';
import { OfferingEvents, type OfferingViewed } from '../catalogue/index.js';
import { OfferingViewEntity } from './entities/offering-view.entity.js';

/**
 * Counts offering views for the provider's funnel: the catalogue announces each read of a
 * published offering by someone other than its owner or an admin (`OfferingEvents.viewed`);
 * this counts it at most once per viewer (user, or client address when anonymous) per offering
 * per day. A failure to count is logged and never fails the read.
 */
@Injectable()
export class ViewsService implements OnModuleInit {
  private readonly logger = new Logger('offering-views');

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: OfferingEvents,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribeViewed((view) => this.record(view));
  }

  async record(view: OfferingViewed): Promise<void> {
    const now = this.clock.now();
    const viewerKey =
      view.viewerUserId !== null
        ? `u:${view.viewerUserId}`
        : `a:${view.clientAddress.slice(0, 78)}`;
    try {
      await this.dataSource
        .getRepository(OfferingViewEntity)
        .createQueryBuilder()
        .insert()
        .values({
          offeringId: view.offeringId,
          providerUserId: view.providerUserId,
          viewerKey,
          day: engagementDay(now),
          viewedAt: new Date(now),
        })
        .orIgnore()
        .execute();
    } catch (e) {
      this.logger.warn({ err: safeError(e), offeringId: view.offeringId }, 'view not counted');
    }
  }
}
