import { describe, expect, it, jest } from '@jest/globals';
import { createAuthTokenStore, type SessionEndReason } from './auth-token';
import { MemoryStorage } from '../test/memory-storage';
import { fakeJwt } from '../test/fake-jwt';

const KEY = 'toolbox.accessToken';

describe('createAuthTokenStore', () => {
  it('restores a stored token that is still valid', () => {
    const storage = new MemoryStorage();
    const token = fakeJwt(3600);
    storage.setItem(KEY, token);
    const sut = createAuthTokenStore(storage);
    expect(sut.get()).toBe(token);
    expect(sut.lastEndReason()).toBeNull();
  });

  it('drops an expired token on load and remembers that it expired', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, fakeJwt(-60));
    const sut = createAuthTokenStore(storage);
    expect(sut.get()).toBeNull();
    expect(sut.lastEndReason()).toBe('expired');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('persists a new token and notifies subscribers', () => {
    const storage = new MemoryStorage();
    const sut = createAuthTokenStore(storage);
    const listener = jest.fn();
    sut.subscribe(listener);
    const token = fakeJwt(3600);
    sut.set(token);
    expect(storage.getItem(KEY)).toBe(token);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ends a session: forgets the token and reports why', () => {
    const storage = new MemoryStorage();
    const sut = createAuthTokenStore(storage);
    sut.set(fakeJwt(3600));
    const reasons: SessionEndReason[] = [];
    sut.onSessionEnd((reason) => reasons.push(reason));
    sut.end('expired');
    expect(sut.get()).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
    expect(sut.lastEndReason()).toBe('expired');
    expect(reasons).toEqual(['expired']);
  });
});
