// First-load JavaScript of the built app: the entry script and every modulepreload in
// dist/index.html, plus, per route, the lazy chunks it waits for before it renders, named on the
// command line (`route=prefix,...`: the page's chunk, antd's theme and the features' messages,
// each with its static imports). Sizes raw, gzip (level 9) and brotli (quality 11), the way the API serves them.
// Usage: npm run size -w @toolbox/web            the routes below, against their budgets
//        node scripts/first-load.mjs [--check] [/search=search-page,zh-CN-features ...]
// --check exits 1 when a route is over its gzip budget (issue 13: 200 KB public, 300 KB signed in).
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

const PUBLIC_BUDGET = 200 * 1024;
const SIGNED_IN_BUDGET = 300 * 1024;
/**
 * Every page but `/` is lazy and waits for antd's theme and the features' Chinese messages
 * (shared/ui/lazy-with-antd.tsx). Signed-in pages count the page, not the header's lazy menus.
 */
const DEFAULT_ROUTES = [
  ['/', '', PUBLIC_BUDGET],
  ['/search', 'search-page,zh-CN-features,antd-theme', PUBLIC_BUDGET],
  ['/offerings/:id', 'offering-detail-page,zh-CN-features,antd-theme', null],
  ['/sme/matches', 'sme-matches-page,zh-CN-features,antd-theme', SIGNED_IN_BUDGET],
  ['/sme', 'sme-home-page,zh-CN-features,antd-theme', SIGNED_IN_BUDGET],
  ['/provider', 'provider-home-page,zh-CN-features,antd-theme', SIGNED_IN_BUDGET],
  ['/admin', 'admin-home-page,zh-CN-features,antd-theme', SIGNED_IN_BUDGET],
  ['/gov', 'programmes-page,zh-CN-features,antd-theme', SIGNED_IN_BUDGET],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((arg) => arg !== '--check').map((arg) => [...arg.split('='), null]);
const routes = named.length > 0 ? named : DEFAULT_ROUTES;
let over = 0;
for (const [route, prefixes = '', budget = null] of routes) {
  const files = new Set(entry);
  for (const prefix of prefixes.split(',').filter(Boolean)) {
    const chunk = assets.find((a) => a.startsWith(`${prefix}-`) && a.endsWith('.js'));
    if (chunk === undefined) throw new Error(`no chunk ${prefix}-*.js`);
    await withImports(`assets/${chunk}`, files);
  }
  const total = await sizes([...files]);
  const verdict =
    budget === null
      ? ''
      : total.gzip <= budget
        ? ` (budget ${kb(budget)}: ok)`
        : ` (budget ${kb(budget)}: OVER)`;
  if (budget !== null && total.gzip > budget) over += 1;
  console.log(
    `${route}: ${files.size} files, raw ${kb(total.raw)}, gzip ${kb(total.gzip)}, brotli ${kb(total.brotli)}${verdict}`,
  );
  console.log(`  ${[...files].map((f) => f.replace('assets/', '')).join(' ')}`);
}
if (check && over > 0) {
  console.error(`${over} route(s) over their first-load budget`);
  process.exit(1);
}
