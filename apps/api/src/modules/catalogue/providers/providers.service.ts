import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  Page,
  PageQuery,
  ProviderPublicView,
  ProviderView,
  UpsertProviderRequest,
} from '@toolbox/contracts';
import { diffFields } from '@toolbox/domain';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { pageOf, pageParams } from '../../../common/http/paging.js';
import { AuditService } from '../audit/audit.service.js';
import { OfferingsRepository } from '../offerings/offerings.repository.js';
import { OfferingEvents } from '../offerings/offering-events.js';
import { toOfferingView } from '../offerings/offering.mapper.js';
import { OfferingEntity } from '../offerings/entities/offering.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';
import { ProviderError } from './providers.errors.js';
import { ProvidersRepository } from './providers.repository.js';

export function toProviderView(p: ProviderEntity): ProviderView {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    description: p.description,
    website: p.website,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

const PROFILE_FIELDS = ['name', 'kind', 'description', 'website'] as const;

@Injectable()
export class ProvidersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: ProvidersRepository,
    private readonly offerings: OfferingsRepository,
    private readonly audit: AuditService,
    private readonly events: OfferingEvents,
  ) {}

  async upsertMine(user: AuthUser, input: UpsertProviderRequest): Promise<ProviderView> {
    const fields = {
      name: input.name,
      kind: input.kind,
      description: input.description,
      website: input.website === undefined || input.website === '' ? null : input.website,
    };
    const saved = await this.dataSource.transaction(async (em) => {
      const before = await this.providers.findByUser(user.id, em);
      const after = await this.providers.upsertForUser(em, user.id, fields);
      await this.audit.record(em, {
        actor: user,
        action: 'profile',
        entityType: 'provider',
        entityId: after.id,
        summary: after.name,
        changes: diffFields<Record<(typeof PROFILE_FIELDS)[number], string | null>>(
          before ?? { name: null, kind: null, description: null, website: null },
          fields,
          PROFILE_FIELDS,
        ),
      });
      if (before !== null && before.name !== after.name) {
        // Their documents carry the name: a new version lets reconcile see a stale document.
        await em
          .getRepository(OfferingEntity)
          .increment({ providerId: after.id, status: 'published' }, 'version', 1);
        await this.events.providerChanged(em, after.id);
      }
      return after;
    });
    this.events.committed();
    return toProviderView(saved);
  }

  async getMine(user: AuthUser): Promise<ProviderView> {
    const p = await this.providers.findByUser(user.id);
    if (p === null) throw new ProviderError('PROVIDER_PROFILE_REQUIRED');
    return toProviderView(p);
  }

  async getPublic(id: string, query: PageQuery): Promise<ProviderPublicView> {
    const p = await this.providers.findById(id);
    if (p === null) throw new ProviderError('PROVIDER_NOT_FOUND');
    const { skip, pageSize } = pageParams(query);
    const [rows, total] = await this.offerings.listPublishedByProvider(id, skip, pageSize);
    return {
      ...toProviderView(p),
      offeringCount: total,
      offerings: rows.map((o) => toOfferingView(o, p, { withRevision: false })),
    };
  }

  async list(query: PageQuery): Promise<Page<ProviderView>> {
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.providers.list(skip, pageSize);
    return pageOf(rows.map(toProviderView), total, page, pageSize);
  }
}
