import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlanItemEntity } from './entities/plan-item.entity.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PlanItemEntity])],
  controllers: [PlansController],
  providers: [PlansService],
})
export class PlansModule {}
