import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AuthModule, CatalogueModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
