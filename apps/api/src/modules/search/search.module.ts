import { Global, Module } from '@nestjs/common';
import { SearchClient } from './search-client.js';

@Global()
@Module({ providers: [SearchClient], exports: [SearchClient] })
export class SearchModule {}
