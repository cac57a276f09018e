/**
 * `npm run bench:web` (tsx scripts/bench/web.ts): Lighthouse on the built web app.
 *
 * Starts its own stack (temporary data dir, embedded PostgreSQL and Meilisearch, demo data, the
 * API serving apps/web/dist precompressed) and runs Lighthouse 12 against Debian's Chromium,
 * desktop and mobile presets, on four pages: the landing page, a search, an offering page and,
 * signed in as the demo SME, the matches page. Prints performance / accessibility / best
 * practices / SEO scores, LCP, TBT and the JavaScript the page downloaded (bytes on the wire and
 * uncompressed), and writes the "Web (Lighthouse)" section of docs/benchmarks.md.
 *
 * Signing in: Lighthouse resets the origin's storage before each run; for the signed-in page the
 * script logs in through the API, writes the token where the web app keeps it
 * (localStorage `toolbox.accessToken`) over the DevTools protocol (playwright-core attached to the
 * same Chromium, then detached), and runs Lighthouse with `disableStorageReset`.
 *
 * It serves a copy of apps/web/dist taken at start (build first; under the shared lock only if
 * it has to build). The machine should be quiet: performance scores move with its load.
 *   npm run bench:web
 *   npm run bench:web -- --no-write     print only
 *   npm run bench:web -- --runs 3       median of 3 runs per page and preset
 *   npm run bench:web -- --dist DIR     serve another build of apps/web (default apps/web/dist)
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

import { REPO_ROOT } from '../lib/launcher.js';
import { freePort } from '../lib/services.js';
import { type RunningStack, startStack, WEB_DIST_DIR } from '../start.js';
import { machineInfo, uptimeLine } from './lib/machine.js';

const DOC_FILE = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
const SECTION = '## Web (Lighthouse)';
const CHROME_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SME_EMAIL = 'sme@demo.toolbox.local';
const SME_PASSWORD = 'demo-password-123';
/** Where apps/web/src/lib/auth-token.ts keeps the access token. */
const TOKEN_KEY = 'toolbox.accessToken';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface BrowserStorage {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

type Preset = 'desktop' | 'mobile';
interface Target {
  name: string;
  path: string;
  signedIn: boolean;
}
interface Measurement {
  target: string;
  path: string;
  preset: Preset;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  jsTransferBytes: number;
  jsResourceBytes: number;
  /** Audits of the non-performance categories that failed (for fixing). */
  failing: string[];
}

function say(message: string): void {
  process.stdout.write(`[bench:web ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function logIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SME_EMAIL, password: SME_PASSWORD }),
  });
  return (await json<{ accessToken: string }>(res, 'log in as the demo SME')).accessToken;
}

/**
 * The first offering a search for 排产 finds (a seeded, published one). Waits for the demo
 * catalogue to be indexed after start-up (503 or no hit until then, at most 2 minutes).
 */
async function anOfferingId(base: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const res = await fetch(`${base}/api/search/offerings?q=${encodeURIComponent('排产')}`);
    if (res.status !== 503) {
      const body = await json<{ items: { id: string }[] }>(res, 'search offerings');
      const first = body.items[0];
      if (first !== undefined) return first.id;
    }
    if (Date.now() > deadline) throw new Error('the demo catalogue is not searchable for 排产');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Writes (or clears) the web app's token in the browser's storage for `base`. */
async function setToken(port: number, base: string, token: string | null): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (context === undefined) throw new Error('Chromium has no default context');
    const page = await context.newPage();
    // The 404 page of the API is enough to own the origin's localStorage.
    await page.goto(`${base}/api/health`);
    await page.evaluate(
      ([key, value]) => {
        // Runs in the page (scripts/ has no DOM types).
        const storage = (globalThis as unknown as { localStorage: BrowserStorage }).localStorage;
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      },
      [TOKEN_KEY, token] as const,
    );
    await page.close();
  } finally {
    // A CDP connection is only detached by close(); the browser keeps running.
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function measure(lhr: Result, target: Target, preset: Preset): Measurement {
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const details = lhr.audits['network-requests']?.details;
  const requests =
    details !== undefined && details.type === 'table'
      ? (details.items as { resourceType?: string; transferSize?: number; resourceSize?: number }[])
      : [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const failing: string[] = [];
  for (const id of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit !== undefined && audit.score !== null && audit.score < 1) {
        failing.push(`${id}/${ref.id}`);
      }
    }
  }
  return {
    target: target.name,
    path: target.path,
    preset,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    jsTransferBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsResourceBytes: scripts.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0),
    failing,
  };
}

/** Median of the runs, by performance score (the other numbers come from that run). */
function pickMedian(runs: Measurement[]): Measurement {
  const perf = median(runs.map((r) => r.scores.performance));
  const chosen = runs.find((r) => r.scores.performance === perf) ?? runs[0];
  if (chosen === undefined) throw new Error('no Lighthouse run');
  return { ...chosen, failing: [...new Set(runs.flatMap((r) => r.failing))] };
}

async function runLighthouse(
  chrome: LaunchedChrome,
  url: string,
  preset: Preset,
  keepStorage: boolean,
): Promise<Result> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    disableStorageReset: keepStorage,
  };
  const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError !== undefined) {
    throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  }
  return result.lhr;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number): string => `${Math.round(value)} ms`;

function table(rows: Measurement[]): string {
  const lines = [
    '| Page | Preset | Perf | A11y | Best pr. | SEO | LCP | TBT | JS on the wire | JS uncompressed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.target} (\`${r.path}\`) | ${r.preset} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${ms(r.lcpMs)} | ${ms(r.tbtMs)} | ${kb(r.jsTransferBytes)} | ${kb(r.jsResourceBytes)} |`,
    );
  }
  return lines.join('\n');
}

function section(
  rows: Measurement[],
  runs: number,
  load: string,
  lighthouseVersion: string,
): string {
  const m = machineInfo();
  const failing = [...new Set(rows.flatMap((r) => r.failing))].sort();
  return [
    SECTION,
    '',
    `Written by \`npm run bench:web\` (scripts/bench/web.ts) on ${new Date().toISOString().slice(0, 10)}:`,
    `Lighthouse ${lighthouseVersion}, Debian Chromium headless, ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page and preset.`,
    'Desktop = Lighthouse desktop preset (simulated fast connection, no CPU slow-down);',
    'mobile = the default preset (simulated slow 4G, 4× CPU slow-down). The API serves the built',
    'app with brotli, from a fresh stack with the demo data; the signed-in page as the demo SME.',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.kernel}, Node ${m.node};`,
    `load at the start: \`${load}\` (a shared machine: performance scores move with it).`,
    'Targets: performance ≥ 95 desktop / ≥ 85 mobile, accessibility ≥ 95, best practices ≥ 95.',
    '',
    table(rows),
    '',
    failing.length === 0
      ? 'No failing accessibility, best-practices or SEO audit.'
      : `Failing audits (accessibility, best practices, SEO): ${failing.map((f) => `\`${f}\``).join(', ')}.`,
    '',
  ].join('\n');
}

async function writeSection(text: string): Promise<void> {
  const doc = await readFile(DOC_FILE, 'utf8');
  const start = doc.indexOf(`${SECTION}\n`);
  let next: string;
  if (start === -1) {
    next = `${doc.trimEnd()}\n\n${text}`;
  } else {
    const after = doc.indexOf('\n## ', start + SECTION.length);
    next = `${doc.slice(0, start)}${text}${after === -1 ? '' : doc.slice(after)}`;
  }
  await writeFile(DOC_FILE, next.endsWith('\n') ? next : `${next}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      'no-write': { type: 'boolean', default: false },
      dist: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const load = uptimeLine();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-bench-web-'));
  let stack: RunningStack | null = null;
  let chrome: LaunchedChrome | null = null;
  try {
    // Serve a snapshot of the build, so a concurrent `npm run build:web` cannot change it mid-run.
    const webDir = path.join(dataDir, 'web');
    await cp(values.dist ?? WEB_DIST_DIR, webDir, { recursive: true });
    const port = await freePort();
    say(
      `starting a stack on port ${port} (demo data, web app from ${values.dist ?? WEB_DIST_DIR})`,
    );
    stack = await startStack({
      port,
      dataDir,
      build: true,
      env: {
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '100000',
        WEB_DIST_DIR: webDir,
      },
      say,
    });
    const base = stack.url;
    const offeringId = await anOfferingId(base);
    const token = await logIn(base);
    const targets: Target[] = [
      { name: 'Landing', path: '/', signedIn: false },
      { name: 'Search', path: `/search?q=${encodeURIComponent('排产')}`, signedIn: false },
      { name: 'Offering', path: `/offerings/${offeringId}`, signedIn: false },
      { name: 'SME matches', path: '/sme/matches', signedIn: true },
    ];
    chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    const lighthouseVersion = (
      JSON.parse(
        await readFile(path.join(REPO_ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
      ) as { version: string }
    ).version;
    const rows: Measurement[] = [];
    for (const target of targets) {
      for (const preset of ['desktop', 'mobile'] as const) {
        const done: Measurement[] = [];
        for (let run = 0; run < runs; run += 1) {
          if (target.signedIn) await setToken(chrome.port, base, token);
          const lhr = await runLighthouse(chrome, `${base}${target.path}`, preset, target.signedIn);
          if (target.signedIn && !lhr.finalDisplayedUrl.includes(target.path)) {
            throw new Error(`signed-in run ended on ${lhr.finalDisplayedUrl}, not ${target.path}`);
          }
          done.push(measure(lhr, target, preset));
        }
        const row = pickMedian(done);
        say(
          `${target.name} ${preset}: perf ${row.scores.performance}, a11y ${row.scores.accessibility}, best ${row.scores['best-practices']}, seo ${row.scores.seo}, LCP ${ms(row.lcpMs)}, TBT ${ms(row.tbtMs)}, JS ${kb(row.jsTransferBytes)}`,
        );
        if (row.failing.length > 0) say(`  failing: ${row.failing.join(', ')}`);
        rows.push(row);
      }
    }
    await setToken(chrome.port, base, null);
    const text = section(rows, runs, load, lighthouseVersion);
    process.stdout.write(`\n${text}\n`);
    if (values['no-write']) say('--no-write: docs/benchmarks.md left alone');
    else {
      await writeSection(text);
      say(`wrote "${SECTION}" in docs/benchmarks.md`);
    }
  } finally {
    if (chrome !== null) chrome.kill();
    if (stack !== null) await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
