import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './harness.js';

describe('serving the web app next to the API', () => {
  let sut: TestApp;
  let dir: string;
  const html = '<!doctype html><title>数转工具箱</title><div id="root"></div>';
  const bundleName = 'index-B4x9Qz1k.js';
  const bundle = `export const pages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `页面 ${i}`))};`;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolbox-web-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), html);
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    // What apps/web/scripts/precompress.mjs writes next to a built asset.
    for (const file of [join(dir, 'assets', bundleName), join(dir, 'index.html')]) {
      const bytes = file.endsWith('.html') ? Buffer.from(html) : Buffer.from(bundle);
      if (!file.endsWith('.html')) await writeFile(file, bytes);
      await writeFile(`${file}.br`, brotliCompressSync(bytes));
      await writeFile(`${file}.gz`, gzipSync(bytes));
    }
    sut = await createTestApp({ WEB_DIST_DIR: dir });
  });
  afterAll(async () => {
    await sut.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers client-side routes with index.html', async () => {
    for (const path of ['/', '/search', '/sme/assessment/123', '/offerings/abc']) {
      const res = await request(sut.http).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('数转工具箱');
    }
  });

  it('serves assets with long-lived caching and 404s missing ones', async () => {
    const res = await request(sut.http).get('/assets/app.js').expect(200);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    await request(sut.http).get('/assets/missing.js').expect(404);
  });

  it('serves precompressed brotli or gzip when accepted, identity otherwise', async () => {
    const path = `/assets/${bundleName}`;
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['*', 'br'],
    ] as const) {
      const res = await request(sut.http).get(path).set('Accept-Encoding', accept).expect(200);
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.text).toBe(bundle);
    }
    for (const accept of ['identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const res = await request(sut.http).get(path).set('Accept-Encoding', accept).expect(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.text).toBe(bundle);
    }
    const page = await request(sut.http).get('/search').set('Accept-Encoding', 'br').expect(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toBe(html);
  });

  it('caches hashed assets for a year and never caches index.html', async () => {
    const asset = await request(sut.http).get(`/assets/${bundleName}`).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await request(sut.http)
      .get(`/assets/${bundleName}`)
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/offerings/abc']) {
      for (const accept of ['br', 'identity']) {
        const res = await request(sut.http).get(path).set('Accept-Encoding', accept).expect(200);
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.text).toBe(html);
      }
    }
    for (const path of ['/assets/../index.html', '/assets/%2e%2e%2findex.html']) {
      const res = await request(sut.http).get(path).set('Accept-Encoding', 'br');
      expect([403, 404]).toContain(res.status);
    }
  });

  it('never answers /api paths with the web app', async () => {
    const res = await request(sut.http).get('/api/does-not-exist').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    await request(sut.http).post('/api/does-not-exist').send({}).expect(404);
  });

  it('sends security headers', async () => {
    const res = await request(sut.http).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });
});

describe('OpenAPI', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => {
    await sut.close();
  });

  it('documents every route with a success response schema', async () => {
    const doc = (await request(sut.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: unknown; description?: string }> }>
      >;
    };
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const ok = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        const documented = ok.some(([status, r]) => r.content !== undefined || status === '204');
        if (!documented) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(30);
    await request(sut.http).get('/api/docs').expect(200);
  });

  it('can be switched off with DOCS_ENABLED=false', async () => {
    const off = await createTestApp({ DOCS_ENABLED: 'false' });
    try {
      await request(off.http).get('/api/docs-json').expect(404);
    } finally {
      await off.close();
    }
  });
});
