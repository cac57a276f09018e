/** The assessments module's public surface: other modules import only from here. */
export { AssessmentsModule } from './assessments.module.js';
export { AssessmentsService } from './assessments.service.js';
export { AssessmentSeeder } from './assessment-seeder.js';
