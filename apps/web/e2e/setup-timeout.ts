import { jest } from '@jest/globals';

// Browser tests click through real pages against a real stack.
jest.setTimeout(90_000);
