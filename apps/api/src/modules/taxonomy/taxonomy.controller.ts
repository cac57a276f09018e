import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { buildTaxonomy, type Taxonomy } from '@toolbox/domain';
import { TaxonomySchema } from './taxonomy.schemas.js';

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  private readonly taxonomy: Taxonomy = buildTaxonomy();

  @Get()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Industries, scenarios, stages and regions (bilingual)' })
  @ApiOkResponse({ type: TaxonomySchema })
  get(): Taxonomy {
    return this.taxonomy;
  }
}
