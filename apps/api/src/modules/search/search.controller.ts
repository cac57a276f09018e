import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  SearchOfferingsQuery,
  SuggestQuery,
  type IndexStatus,
  type ReconcileReport,
  type ReindexProgress,
  type SearchResponse,
  type SuggestResponse,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import { ReindexService } from './reindex.service.js';
import {
  IndexStatusSchema,
  ReconcileReportSchema,
  ReindexProgressSchema,
  RetriedSchema,
  SearchResponseSchema,
  SuggestResponseSchema,
} from './search.schemas.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchService } from './search.service.js';
import { SmePrices } from './sme-prices.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly prices: SmePrices,
  ) {}

  @Get('offerings')
  @ApiOperation({
    summary: 'Full-text search of published offerings with filters, facets, sort and highlights',
  })
  @ApiQueryFrom(SearchOfferingsQuery)
  @ApiOkResponse({ type: SearchResponseSchema })
  @ApiErrors(400, 503)
  async offerings(
    @Query() query: SearchOfferingsQuery,
    @CurrentUser() user: AuthUser | undefined,
  ): Promise<SearchResponse> {
    const res = await this.search.searchOfferings(query);
    // A signed-in SME also sees what it would pay (net prices); everyone else the list as is.
    if (user?.role !== 'sme') return res;
    return { ...res, items: await this.prices.forItems(user.id, res.items) };
  }

  @Get('suggest')
  @ApiOperation({ summary: 'Title suggestions as the user types' })
  @ApiQueryFrom(SuggestQuery)
  @ApiOkResponse({ type: SuggestResponseSchema })
  @ApiErrors(400, 503)
  suggest(@Query() query: SuggestQuery): Promise<SuggestResponse> {
    return this.search.suggest(query.q);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/search')
@Roles('admin')
export class AdminSearchController {
  constructor(
    private readonly reindex: ReindexService,
    private readonly sync: SearchSyncService,
  ) {}

  @Get('status')
  @ApiOperation({ summary: 'Index documents, outbox lag, parked failures and reindex progress' })
  @ApiOkResponse({ type: IndexStatusSchema })
  @ApiErrors(401, 403)
  status(): Promise<IndexStatus> {
    return this.reindex.status();
  }

  @Post('reindex')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a full reindex (new index, batch load, catch-up, atomic swap)' })
  @ApiAcceptedResponse({ type: ReindexProgressSchema })
  @ApiErrors(401, 403, 409)
  start(): Promise<ReindexProgress> {
    return this.reindex.start();
  }

  @Get('reindex')
  @ApiOperation({ summary: 'Progress of the current or last reindex (null when none ran)' })
  @ApiOkResponse({ type: ReindexProgressSchema })
  @ApiErrors(401, 403)
  progress(): ReindexProgress | null {
    return this.reindex.progress();
  }

  @Post('reconcile')
  @HttpCode(200)
  @ApiOperation({ summary: 'Compare PostgreSQL and the index (ids, versions) and repair drift' })
  @ApiOkResponse({ type: ReconcileReportSchema })
  @ApiErrors(401, 403, 503)
  reconcile(): Promise<ReconcileReport> {
    return this.reindex.reconcile();
  }

  @Post('parked/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put parked outbox rows back in the queue' })
  @ApiOkResponse({ type: RetriedSchema })
  @ApiErrors(401, 403)
  async retry(): Promise<{ retried: number }> {
    return { retried: await this.sync.retryParked() };
  }
}
