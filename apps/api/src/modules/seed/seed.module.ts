import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/index.js';
import { AuthModule } from '../auth/index.js';
import { CasesModule } from '../cases/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { EngagementModule } from '../engagement/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { PlansModule } from '../plans/index.js';
import { ProgrammesModule } from '../programmes/index.js';
import { ReviewsModule } from '../reviews/index.js';
import { SmesModule } from '../smes/index.js';
import { UsersModule } from '../users/index.js';
import { SeedService } from './seed.service.js';

/** Loads the demo data on an empty database, through each module's own port. */
@Module({
  imports: [
    AuthModule,
    UsersModule,
    CatalogueModule,
    SmesModule,
    AssessmentsModule,
    EngagementModule,
    NotificationsModule,
    ReviewsModule,
    PlansModule,
    ProgrammesModule,
    CasesModule,
  ],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
