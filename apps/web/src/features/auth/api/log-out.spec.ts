import { describe, expect, it } from '@jest/globals';
import { signOut } from './log-out';

describe('signOut', () => {
  it('revokes the token on the server before forgetting it locally', async () => {
    const calls: string[] = [];
    await signOut(
      () => {
        calls.push('revoke');
        return Promise.resolve();
      },
      () => calls.push('forget'),
    );
    expect(calls).toEqual(['revoke', 'forget']);
  });

  it('forgets the token locally even when the server call fails', async () => {
    const calls: string[] = [];
    await signOut(
      () => {
        calls.push('revoke');
        return Promise.reject(new Error('offline'));
      },
      () => calls.push('forget'),
    );
    expect(calls).toEqual(['revoke', 'forget']);
  });
});
