import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DashboardCsvQuery, type DashboardOverview, DashboardQuery } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import { overviewCsv, overviewCsvFilename } from './dashboard-csv.js';
import { DashboardOverviewSchema } from './dashboards.schemas.js';
import { DashboardsService } from './dashboards.service.js';

@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboards')
@Roles('gov', 'admin')
export class DashboardsController {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly clock: Clock,
  ) {}

  @Get('overview')
  @ApiOperation({
    summary:
      'Regional overview (docs/dashboards.md): SMEs, assessed SMEs per level and per industry, scenario demand against supply, the lead funnel and programme budgets. A gov account sees its own region (default) or one inside it; an admin any, none = the whole country',
  })
  @ApiQueryFrom(DashboardQuery)
  @ApiOkResponse({ type: DashboardOverviewSchema })
  @ApiErrors(400, 401, 403, 404)
  overview(
    @CurrentUser() user: AuthUser,
    @Query() query: DashboardQuery,
  ): Promise<DashboardOverview> {
    return this.dashboards.overview(user, query);
  }

  @Get('overview.csv')
  @ApiOperation({
    summary:
      'The same figures as CSV (UTF-8 with BOM, CRLF, one table per section: title line, header row, rows); titles and headers in `lang` (zh-CN default, en)',
  })
  @ApiQueryFrom(DashboardCsvQuery)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv attachment', schema: { type: 'string' } })
  @ApiErrors(400, 401, 403, 404)
  async csv(
    @CurrentUser() user: AuthUser,
    @Query() query: DashboardCsvQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { lang, ...filters } = query;
    const view = await this.dashboards.overview(user, filters);
    const filename = overviewCsvFilename(view, new Date(this.clock.now()));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    return overviewCsv(view, lang ?? 'zh-CN');
  }
}
