import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import type { Clock } from './common/clock.js';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter.js';
import { JwtAuthGuard } from './common/guards/jwt-auth.guard.js';
import { RateLimitGuard } from './common/guards/rate-limit.guard.js';
import { RolesGuard } from './common/guards/roles.guard.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { ApiValidationPipe } from './common/validation/api-validation.pipe.js';
import { dataSourceOptions } from './database/data-source.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CatalogueModule } from './modules/catalogue/index.js';
import { EngagementModule } from './modules/engagement/index.js';
import { NotificationsModule } from './modules/notifications/index.js';
import { MatchingModule } from './modules/matching/index.js';
import { HealthModule } from './modules/health/health.module.js';
import { InsightsModule } from './modules/insights/index.js';
import { CasesModule } from './modules/cases/index.js';
import { DashboardsModule } from './modules/dashboards/index.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { ProgrammesModule } from './modules/programmes/index.js';
import { ReviewsModule } from './modules/reviews/index.js';
import { SearchModule } from './modules/search/index.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SmesModule } from './modules/smes/smes.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  /** `clock`: the time every rate limit and window reads (tests pass one they control). */
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          retryAttempts: 10,
          retryDelay: 1000,
        }),
        RateLimitModule,
        SearchModule,
        UsersModule,
        AuthModule,
        HealthModule,
        TaxonomyModule,
        CatalogueModule,
        SmesModule,
        MatchingModule,
        AssessmentsModule,
        PlansModule,
        ReviewsModule,
        InsightsModule,
        DashboardsModule,
        NotificationsModule,
        EngagementModule,
        CasesModule,
        ProgrammesModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ApiValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Order matters: count the request, identify the caller, then check the role.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
