import { describe, expect, it } from '@jest/globals';
import { loginPathFor, roleHomePath, safeNextPath } from './paths';

describe('safeNextPath', () => {
  it('follows in-app paths', () => {
    expect(safeNextPath('/sme')).toBe('/sme');
    expect(safeNextPath('/provider?tab=leads')).toBe('/provider?tab=leads');
  });

  it('refuses other origins, protocol-relative URLs and the auth pages themselves', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/register?role=sme',
    ]) {
      expect(safeNextPath(next)).toBeNull();
    }
  });
});

describe('loginPathFor', () => {
  it('remembers where the user was', () => {
    expect(loginPathFor('/sme?x=1')).toBe('/login?next=%2Fsme%3Fx%3D1');
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('roleHomePath', () => {
  it('gives each role its home', () => {
    expect(roleHomePath('sme')).toBe('/sme');
    expect(roleHomePath('provider')).toBe('/provider');
    expect(roleHomePath('admin')).toBe('/admin');
    expect(roleHomePath('gov')).toBe('/gov');
  });
});
