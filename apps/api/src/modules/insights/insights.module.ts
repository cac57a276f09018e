import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { SmesModule } from '../smes/index.js';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';

/** Demand insight (no tables of its own): SMEs through the smes port, supply through the catalogue's. */
@Module({
  imports: [SmesModule, CatalogueModule],
  controllers: [InsightsController],
  providers: [InsightsService],
})
export class InsightsModule {}
