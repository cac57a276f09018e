/**
 * `npm run eval:search-index`: what indexing descriptions as distinct terms and the stop words
 * cost search (ADR 0007).
 *
 * Loads the published demo offerings, as the documents the API indexes, into three scratch
 * indexes on an embedded Meilisearch:
 *   - "full": whole descriptions as running text, no stop words (the index before ADR 0007);
 *   - "stop words": whole descriptions, with the stop words;
 *   - "production": description terms and stop words, as the API indexes now.
 * Then runs every text query of the benchmark's query mix (with its filters) plus the Chinese
 * domain words and some English terms, exactly as SearchService sends them, and compares each
 * variant with "full": how many of its hits are still found (hit recall), how much of its first
 * page of 10 is the same (overlap@10), and — for one-word queries — recall and precision against
 * the offerings whose whole text contains the word. Results go to stdout; docs/search-chinese.md
 * records them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch, type SearchParams, type Settings } from 'meilisearch';
import type { SearchOfferingsQuery } from '@toolbox/contracts';
import {
  CHINESE_DICTIONARY,
  OFFERING_INDEX_SETTINGS,
  type OfferingDocument,
  type OfferingSource,
  TERM_SEPARATOR,
  toOfferingDocument,
} from '@toolbox/search';
import { generateCatalogue, type SeedOffering } from '@toolbox/demo-catalogue';
import {
  FULL_TEXT_SETTINGS,
  type FullTextDocument,
  fullTextDocument,
} from './bench/lib/full-text.js';
import { meiliSearchBody, QUERY_MIX } from './bench/lib/workload.js';
import { taskOk } from './lib/meili-task.js';
import { compareHits, type HitComparison, mean } from './lib/retrieval-metrics.js';
import { startEmbeddedMeilisearch } from './lib/services.js';
import { seedOfferingRow } from '@toolbox/demo-catalogue';

/** A fixed seeding date, so every run builds the same documents. */
const SEEDED_AT = new Date('2026-11-01T00:00:00Z');

const ENGLISH_TERMS = [
  'scheduling',
  'inventory',
  'maintenance',
  'invoice',
  'payroll',
  'traceability',
  'dashboard',
  'barcode',
  'energy',
  'inspection',
  'backup',
  'training',
  'subsidy',
  'contract',
  'supplier',
];

interface Query {
  group: string;
  label: string;
  query: SearchOfferingsQuery;
  /** One word: relevance by "its whole text contains it" is meaningful. */
  word: string | null;
}

function queries(): Query[] {
  const out: Query[] = QUERY_MIX.filter((b) => b.query.q !== undefined).map((b) => ({
    group: b.group,
    label: b.label,
    query: b.query,
    word: null,
  }));
  const seen = new Set(out.map((x) => x.query.q));
  for (const w of [...CHINESE_DICTIONARY, '计件', '排班', '对账', '质量', '设备', '仓库']) {
    if (!seen.has(w)) out.push({ group: 'zh word', label: w, query: { q: w }, word: w });
  }
  for (const w of ENGLISH_TERMS) {
    if (!seen.has(w)) out.push({ group: 'en word', label: w, query: { q: w }, word: w });
  }
  return out;
}

/** A demo offering as the seeder stores it, published, with a fixed id (what the API indexes). */
function asOfferingSource(o: SeedOffering, id: string): OfferingSource {
  return { ...seedOfferingRow(o, o.providerKey, SEEDED_AT), id, version: 1 };
}

type Variant = [name: string, settings: Settings, documents: object[]];

interface Documents {
  /** Published demo offerings as the API indexes them. */
  production: OfferingDocument[];
  /** The same with whole descriptions (before ADR 0007). */
  full: FullTextDocument[];
  /** Every searchable text of an offering, lower-cased (id → text): what a word query means. */
  text: Map<string, string>;
}

function buildDocuments(): Documents {
  const published = generateCatalogue().offerings.filter((o) => o.status === 'published');
  const production: OfferingDocument[] = published.map((o, i) => {
    const id = `o${String(i).padStart(4, '0')}`;
    return toOfferingDocument(asOfferingSource(o, id), { id: o.providerKey, name: o.providerKey });
  });
  const full: FullTextDocument[] = production.map((d, i) =>
    fullTextDocument(d, published[i].description, published[i].descriptionEn),
  );
  const text = new Map(
    full.map((d) => [
      d.id,
      [
        d.title,
        d.titleEn,
        d.summary,
        d.summaryEn,
        d.description,
        d.descriptionEn,
        ...d.tags,
        ...d.scenarioNames,
        ...d.scenarioNamesEn,
      ]
        .join(' ')
        .toLowerCase(),
    ]),
  );
  return { production, full, text };
}

function describeDocuments({ production }: Documents): void {
  const terms = (k: 'descriptionTerms' | 'descriptionTermsEn'): number =>
    production.reduce((n, d) => n + d[k].split(TERM_SEPARATOR).length, 0) / production.length;
  process.stdout.write(
    `${production.length} published demo offerings; a description has on average ${terms('descriptionTerms').toFixed(1)} distinct Chinese terms and ${terms('descriptionTermsEn').toFixed(1)} English ones.\n\n`,
  );
}

/** Indexes each variant into its own index; returns every query's hit ids per variant. */
async function collectHits(
  client: Meilisearch,
  variants: readonly Variant[],
  qs: readonly Query[],
): Promise<Record<string, string[][]>> {
  const hitsOf: Record<string, string[][]> = {};
  for (const [name, settings, docs] of variants) {
    const uid = `eval_${name.replace(/\W+/g, '_')}`;
    await taskOk(client.createIndex(uid, { primaryKey: 'id' }));
    await taskOk(client.index(uid).updateSettings(settings));
    await taskOk(client.index(uid).addDocuments(docs));
    hitsOf[name] = [];
    for (const q of qs) {
      // SearchService's first attempt, every hit instead of one page.
      const { q: text, page, hitsPerPage, ...body } = meiliSearchBody(q.query) as SearchParams;
      void page;
      void hitsPerPage;
      const res = await client.index(uid).search(text ?? '', {
        ...body,
        limit: 1000,
        offset: 0,
        attributesToRetrieve: ['id'],
        attributesToHighlight: [],
        facets: [],
      });
      hitsOf[name].push(res.hits.map((h) => String(h.id)));
    }
  }
  return hitsOf;
}

/** Each variant's hits against the whole-description index ("full"), query by query. */
function compareVariants(
  variants: readonly Variant[],
  qs: readonly Query[],
  hitsOf: Record<string, string[][]>,
  text: ReadonlyMap<string, string>,
): Record<string, HitComparison[]> {
  const rows: Record<string, HitComparison[]> = {};
  for (const [name] of variants) {
    rows[name] = qs.map((q, i) => {
      const w = q.word?.toLowerCase() ?? null;
      const relevant =
        w === null ? null : new Set([...text].filter(([, t]) => t.includes(w)).map(([id]) => id));
      return compareHits(hitsOf.full[i], hitsOf[name][i], relevant);
    });
  }
  return rows;
}

const pad = (x: string, n: number): string => x.padEnd(n);

function printPerQuery(qs: readonly Query[], rows: Record<string, HitComparison[]>): void {
  const f = (x: number | null): string => (x === null ? '  – ' : x.toFixed(2));
  process.stdout.write(
    `${pad('group', 13)}${pad('query', 34)}| full hits | stop words: hits recall ov@10 | production: hits recall ov@10 word-recall word-precision\n`,
  );
  qs.forEach((q, i) => {
    const a = rows.full[i];
    const b = rows['stop words'][i];
    const c = rows.production[i];
    process.stdout.write(
      `${pad(q.group, 13)}${pad(q.label, 34)}| ${String(a.hits).padStart(9)} | ${String(b.hits).padStart(4)} ${f(b.hitRecall)} ${f(b.overlap10)} | ${String(c.hits).padStart(4)} ${f(c.hitRecall)} ${f(c.overlap10)} ${f(c.wordRecall)} ${f(c.wordPrecision)}\n`,
    );
  });
  process.stdout.write('\n');
}

function printMeans(
  variants: readonly Variant[],
  qs: readonly Query[],
  rows: Record<string, HitComparison[]>,
): void {
  const groups = [...new Set(qs.map((q) => q.group)), 'all'];
  for (const [name] of variants) {
    for (const g of groups) {
      const rs = rows[name].filter((_, i) => g === 'all' || qs[i].group === g);
      const words = rs.filter((r) => r.wordRecall !== null);
      process.stdout.write(
        `${pad(name, 11)} ${pad(g, 13)} ${String(rs.length).padStart(3)} queries: hits ${mean(rs.map((r) => r.hits)).toFixed(1)}, hit recall ${mean(rs.map((r) => r.hitRecall)).toFixed(3)}, overlap@10 ${mean(rs.map((r) => r.overlap10)).toFixed(3)}${words.length > 0 ? `, word recall ${mean(words.map((r) => r.wordRecall)).toFixed(3)}, word precision ${mean(words.map((r) => r.wordPrecision)).toFixed(3)}` : ''}\n`,
      );
    }
  }
}

async function main(): Promise<void> {
  const documents = buildDocuments();
  describeDocuments(documents);
  const { full, production } = documents;
  const variants: Variant[] = [
    ['full', FULL_TEXT_SETTINGS, full],
    ['stop words', { ...FULL_TEXT_SETTINGS, stopWords: OFFERING_INDEX_SETTINGS.stopWords }, full],
    ['production', OFFERING_INDEX_SETTINGS, production],
  ];
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-eval-index-'));
  const masterKey = randomBytes(16).toString('hex');
  const meili = await startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), masterKey });
  try {
    const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
    const qs = queries();
    const hitsOf = await collectHits(client, variants, qs);
    const rows = compareVariants(variants, qs, hitsOf, documents.text);
    printPerQuery(qs, rows);
    printMeans(variants, qs, rows);
  } finally {
    await meili.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
