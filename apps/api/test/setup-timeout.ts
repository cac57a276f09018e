import { jest } from '@jest/globals';

// Integration tests start a Nest app and wait for Meilisearch tasks: allow them a minute.
jest.setTimeout(60_000);
