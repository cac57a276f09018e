import { jest } from '@jest/globals';

// Integration tests start a Nest app and wait for Meilisearch tasks: allow them a minute, four
// times waitFor's default bound (wait-for.ts). Tests that need longer waits set their own timeout.
jest.setTimeout(60_000);
