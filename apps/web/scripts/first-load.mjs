// First-load JavaScript of the built app: the entry script and every modulepreload in
// dist/index.html, plus, per route, the lazy chunks named on the command line (`route=prefix,...`).
// Sizes raw, gzip (level 9) and brotli (quality 11), the way the API serves them.
// Usage: node scripts/first-load.mjs [/=landing-page /search=search-page ...]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = await readFile(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const assets = await readdir(join(dist, 'assets'));

async function sizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = await readFile(join(dist, file));
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

/** Static imports of a chunk, followed transitively (what the browser fetches before running it). */
async function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    await withImports(`assets/${m[1]}`, seen);
  }
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const routes = process.argv.slice(2).map((arg) => arg.split('='));
if (routes.length === 0) routes.push(['(entry)', '']);
for (const [route, prefixes = ''] of routes) {
  const files = new Set(entry);
  for (const prefix of prefixes.split(',').filter(Boolean)) {
    const chunk = assets.find((a) => a.startsWith(`${prefix}-`) && a.endsWith('.js'));
    if (chunk === undefined) throw new Error(`no chunk ${prefix}-*.js`);
    await withImports(`assets/${chunk}`, files);
  }
  const total = await sizes([...files]);
  console.log(
    `${route}: ${files.size} files, raw ${kb(total.raw)}, gzip ${kb(total.gzip)}, brotli ${kb(total.brotli)}`,
  );
  console.log(`  ${[...files].map((f) => f.replace('assets/', '')).join(' ')}`);
}
