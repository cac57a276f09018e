/**
 * `npm run eval:search-chinese`: what the index's `dictionary` setting does to Chinese search.
 *
 * Meilisearch v1.21 segments Chinese with jieba; uncommon two-character domain words (报工, 排产,
 * 进销存 …) may be split into single characters, which then match by prefix anywhere. This loads
 * the published demo offerings into two scratch indexes on an embedded Meilisearch — the
 * production settings with and without the dictionary — runs each domain word, and measures
 * precision@10 (a hit is relevant when its searchable text contains the word itself), recall and
 * precision over all hits and the hit count. Results go to stdout; docs/search-chinese.md records them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch, type Settings } from 'meilisearch';
import { generateCatalogue } from '@toolbox/demo-catalogue';
import { CHINESE_DICTIONARY, OFFERING_INDEX_SETTINGS } from '@toolbox/search';
import { taskOk } from './lib/meili-task.js';
import { startEmbeddedMeilisearch } from './lib/services.js';

const WORDS = [...CHINESE_DICTIONARY, '计件', '排班', '对账', '质量', '设备', '仓库'];

interface Doc {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
}

async function main(): Promise<void> {
  const docs: Doc[] = generateCatalogue()
    .offerings.filter((o) => o.status === 'published')
    .map((o) => ({
      id: o.key.replace(/[^A-Za-z0-9_-]/g, '_'),
      title: o.title,
      summary: o.summary,
      description: o.description,
      tags: o.tags,
    }));
  const text = new Map(
    docs.map((d) => [d.id, `${d.title} ${d.summary} ${d.description} ${d.tags.join(' ')}`]),
  );
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-eval-zh-'));
  const masterKey = randomBytes(16).toString('hex');
  const meili = await startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), masterKey });
  try {
    const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
    const base: Settings = {
      ...OFFERING_INDEX_SETTINGS,
      searchableAttributes: ['title', 'tags', 'summary', 'description'],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
    };
    const variants: [string, Settings][] = [
      ['without dictionary', { ...base, dictionary: [] }],
      ['with dictionary', { ...base, dictionary: CHINESE_DICTIONARY }],
    ];
    const results: Record<
      string,
      { p10: number; precision: number; recall: number; hits: number }[]
    > = {};
    for (const [name, settings] of variants) {
      const uid = `eval_${name.replace(/\W+/g, '_')}`;
      await taskOk(client.createIndex(uid, { primaryKey: 'id' }));
      await taskOk(client.index(uid).updateSettings(settings));
      await taskOk(client.index(uid).addDocuments(docs));
      results[name] = [];
      for (const word of WORDS) {
        const relevant = new Set([...text].filter(([, t]) => t.includes(word)).map(([id]) => id));
        const res = await client
          .index(uid)
          .search(word, { limit: 1000, matchingStrategy: 'all', attributesToRetrieve: ['id'] });
        const ids = res.hits.map((h) => String(h.id));
        const top = ids.slice(0, 10);
        const p10 =
          top.length === 0
            ? relevant.size === 0
              ? 1
              : 0
            : top.filter((id) => relevant.has(id)).length / top.length;
        const found = ids.filter((id) => relevant.has(id)).length;
        const recall = relevant.size === 0 ? 1 : found / relevant.size;
        const precision = ids.length === 0 ? 1 : found / ids.length;
        results[name].push({ p10, precision, recall, hits: res.estimatedTotalHits ?? ids.length });
      }
    }
    const pad = (s: string, n: number): string => s.padEnd(n);
    process.stdout.write(
      `${pad('word', 8)} ${pad('relevant', 9)} | without: P@10 prec recall hits | with: P@10 prec recall hits\n`,
    );
    WORDS.forEach((word, i) => {
      const relevant = [...text.values()].filter((t) => t.includes(word)).length;
      const a = results['without dictionary'][i];
      const b = results['with dictionary'][i];
      process.stdout.write(
        `${pad(word, 8)} ${pad(String(relevant), 9)} | ${a.p10.toFixed(2)} ${a.precision.toFixed(2)} ${a.recall.toFixed(2)} ${String(a.hits).padStart(4)} | ${b.p10.toFixed(2)} ${b.precision.toFixed(2)} ${b.recall.toFixed(2)} ${String(b.hits).padStart(4)}\n`,
      );
    });
    type Row = { p10: number; precision: number; recall: number };
    const mean = (rows: Row[], k: keyof Row): number =>
      rows.reduce((n, r) => n + r[k], 0) / rows.length;
    for (const [name] of variants) {
      const rows = results[name];
      process.stdout.write(
        `${name}: mean P@10 ${mean(rows, 'p10').toFixed(3)}, mean precision over all hits ${mean(rows, 'precision').toFixed(3)}, mean recall ${mean(rows, 'recall').toFixed(3)}\n`,
      );
    }
  } finally {
    await meili.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
