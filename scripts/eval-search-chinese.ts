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
import { CHINESE_DICTIONARY } from '@toolbox/search';
import {
  evalDocs,
  evalVariants,
  indexUid,
  meansLines,
  relevantIds,
  searchableText,
  wordScore,
  wordTable,
  type EvalDoc,
  type VariantName,
  type WordScore,
} from './lib/chinese-eval.js';
import { taskOk } from './lib/meili-task.js';
import { startEmbeddedMeilisearch } from './lib/services.js';

const WORDS = [...CHINESE_DICTIONARY, '计件', '排班', '对账', '质量', '设备', '仓库'];

/** Loads the documents into a scratch index with `settings`, then scores every word on it. */
async function scoreVariant(
  client: Meilisearch,
  name: VariantName,
  settings: Settings,
  docs: readonly EvalDoc[],
  text: ReadonlyMap<string, string>,
): Promise<WordScore[]> {
  const uid = indexUid(name);
  await taskOk(client.createIndex(uid, { primaryKey: 'id' }));
  await taskOk(client.index(uid).updateSettings(settings));
  await taskOk(client.index(uid).addDocuments([...docs]));
  const scores: WordScore[] = [];
  for (const word of WORDS) {
    const relevant = relevantIds(text, word);
    const res = await client
      .index(uid)
      .search(word, { limit: 1000, matchingStrategy: 'all', attributesToRetrieve: ['id'] });
    scores.push(
      wordScore(
        res.hits.map((h) => String(h.id)),
        relevant,
        res.estimatedTotalHits,
      ),
    );
  }
  return scores;
}

async function main(): Promise<void> {
  const docs = evalDocs(generateCatalogue().offerings);
  const text = searchableText(docs);
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-eval-zh-'));
  const masterKey = randomBytes(16).toString('hex');
  const meili = await startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), masterKey });
  try {
    const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
    const results: Record<VariantName, WordScore[]> = {
      'without dictionary': [],
      'with dictionary': [],
    };
    for (const [name, settings] of evalVariants()) {
      results[name] = await scoreVariant(client, name, settings, docs, text);
    }
    process.stdout.write(wordTable(WORDS, text, results));
    process.stdout.write(meansLines(results));
  } finally {
    await meili.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
