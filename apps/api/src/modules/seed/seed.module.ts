import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AuthModule, CatalogueModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
