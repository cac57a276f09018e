import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { ProgrammesModule } from '../programmes/index.js';
import { PlanItemEntity } from './entities/plan-item.entity.js';
import { PlansController } from './plans.controller.js';
import { PlanSeeder } from './plan-seeder.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([PlanItemEntity]),
    CatalogueModule,
    AssessmentsModule,
    ProgrammesModule,
  ],
  controllers: [PlansController],
  providers: [PlansService, PlanSeeder],
  exports: [PlansService, PlanSeeder],
})
export class PlansModule {}
