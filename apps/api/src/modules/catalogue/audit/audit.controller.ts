import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditQuery, type AuditEntryView, type Page } from '@toolbox/contracts';
import { Roles } from '../../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiPage, ApiQueryFrom } from '../../../common/openapi/openapi.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditEntrySchema } from './audit.schemas.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit log of every decision and edit, newest first, with filters' })
  @ApiQueryFrom(AuditQuery)
  @ApiPage(AuditEntrySchema)
  @ApiErrors(400, 401, 403)
  list(@Query() query: AuditQuery): Promise<Page<AuditEntryView>> {
    return this.audit.list(query);
  }
}
