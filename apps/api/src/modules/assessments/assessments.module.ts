import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SmesModule } from '../smes/index.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentSeeder } from './assessment-seeder.js';
import { AssessmentsService } from './assessments.service.js';
import { AssessmentEntity } from './entities/assessment.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentEntity]), SmesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentSeeder],
  exports: [AssessmentsService, AssessmentSeeder],
})
export class AssessmentsModule {}
