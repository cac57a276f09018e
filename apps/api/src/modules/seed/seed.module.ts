import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { SmesModule } from '../smes/index.js';
import { UsersModule } from '../users/index.js';
import { SeedService } from './seed.service.js';

/** Loads the demo data on an empty database, through each module's own port. */
@Module({
  imports: [AuthModule, UsersModule, CatalogueModule, SmesModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
