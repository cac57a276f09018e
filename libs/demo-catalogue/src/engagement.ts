/**
 * The demo marketplace's engagement, as pure deterministic data: every demo SME's assessment
 * history (one to three assessments over the past year that show progress) and plan, and the
 * verified reviews behind every seeded rating, each backed by the reviewing SME's trial or won
 * inquiry on that offering. No rating without reviews: an offering's rating is the mean of its
 * reviews here (`withReviewRatings`).
 */
import {
  CURRENT_QUESTIONNAIRE,
  offeringRating,
  offeringServesRegion,
  questionnaireIndicators,
  type ScenarioCode,
  scenarioByCode,
  scoreAssessment,
} from '@toolbox/domain';
import { buildLeads, buildNotifications, buildViews } from './leads.js';
import { type Rng, rngFor } from './prng.js';
import type {
  SeedAnswers,
  SeedAssessment,
  SeedEngagement,
  SeedInquiry,
  SeedOffering,
  SeedPlanItem,
  SeedReview,
  SeedSme,
} from './types.js';

// ── Assessments ────────────────────────────────────────────────────────────────────────────

const INDICATORS = questionnaireIndicators(CURRENT_QUESTIONNAIRE);

/** Answers at a "digital share" 0..1 with a fixed per-indicator jitter (monotone in `share`). */
function answersAt(share: number, jitter: readonly number[]): SeedAnswers {
  const answers: SeedAnswers = {};
  INDICATORS.forEach((ind, i) => {
    const s = Math.min(1, Math.max(0, share + (jitter[i] ?? 0)));
    const n = ind.options.length;
    answers[ind.code] = ind.multiple
      ? ind.options.slice(0, Math.round(s * n)).map((o) => o.code)
      : (ind.options[Math.round(s * (n - 1))]?.code ?? '');
  });
  return answers;
}

const levelOf = (answers: SeedAnswers): number =>
  scoreAssessment(CURRENT_QUESTIONNAIRE, answers).level;

/** One to three assessments over the past year, oldest first, the last one at the SME's level. */
function assessmentHistory(sme: SeedSme): SeedAssessment[] {
  const rng = rngFor(`${sme.key}/assessments`);
  const jitter = INDICATORS.map(() => (rng.next() - 0.5) * 0.3);
  const shares = Array.from({ length: 101 }, (_, i) => i / 100);
  const atLevel = shares.filter((s) => levelOf(answersAt(s, jitter)) === sme.targetLevel);
  // The final assessment sits in the upper part of the target level's shares.
  const final =
    atLevel.length > 0 ? atLevel[Math.floor(atLevel.length * 0.7)] : sme.targetLevel / 4;
  const count = 1 + rng.int(0, 2);
  const history: SeedAssessment[] = [];
  const days = [rng.int(300, 360), rng.int(150, 220), rng.int(10, 60)].slice(3 - count);
  days.forEach((daysAgo, i) => {
    // Earlier ones are less digital: progress shows in the total (and often the level).
    const share = Math.max(0, (final ?? 0) - (count - 1 - i) * 0.12);
    const answers = answersAt(share, jitter);
    history.push({ smeKey: sme.key, daysAgo, answers, level: levelOf(answers) });
  });
  return history;
}

/** A deterministic Fisher–Yates shuffle (a copy). */
function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ── Reviews and their inquiries ────────────────────────────────────────────────────────────

const REVIEW_TEXTS: Record<number, readonly string[]> = {
  5: [
    '上线两个月，{s}方面的问题基本解决，实施顾问响应快，工人也愿意用。',
    '性价比很高，{s}的数据终于实时可见，管理层开会不用再等报表。',
    '部署比预想的快，一周就跑通了，{s}效率提升明显，推荐同行试试。',
  ],
  4: [
    '整体好用，{s}改善明显；个别报表还需要定制，服务商在跟进。',
    '试用期间体验不错，{s}流程顺了很多，价格略高但值得。',
    '功能满足需求，培训到位，{s}相关的异常处理比以前快。',
  ],
  3: [
    '基本能用，{s}有改善，但和我们现有系统的对接花了不少时间。',
    '功能够用，界面还可以再简化，{s}的数据录入仍需人工补充。',
  ],
  2: ['{s}方面效果一般，实施周期比承诺的长，希望后续改进。'],
  1: ['和我们的{s}需求不太匹配，试用后没有继续。'],
};

const REPLIES = [
  '感谢您的认可！我们会持续优化，有任何问题随时联系客户成功经理。',
  '谢谢反馈，定制报表已排期，下个版本上线后会第一时间通知您。',
  '感谢试用与建议，我们已安排实施顾问回访，帮助您把系统用得更顺。',
];

/** Integer ratings 1–5 whose mean (one decimal) is as close to `target` as `n` allows. */
export function ratingsNear(target: number, n: number): number[] {
  const total = Math.min(5 * n, Math.max(n, Math.round(target * n)));
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => (i < extra ? base + 1 : base));
}

/** The SMEs an offering may have served: in a region it serves, of an industry it fits. */
function candidatesFor(o: SeedOffering, smes: readonly SeedSme[]): SeedSme[] {
  const served = smes.filter((s) => offeringServesRegion(o.regions, s.region));
  const fit = served.filter((s) => o.industries.length === 0 || o.industries.includes(s.industry));
  return fit.length >= 3 ? fit : served;
}

function scenarioName(code: ScenarioCode): string {
  return scenarioByCode(code)?.nameZh ?? code;
}

/**
 * Reviews for every offering the catalogue rates, from SMEs the offering serves, each backed by a
 * won (adopted) or trialing inquiry of that SME; SMEs of one industry cluster together, so the
 * `peers` reason appears where several firms of an industry adopted an offering.
 */
function reviewsAndInquiries(
  offerings: readonly SeedOffering[],
  smes: readonly SeedSme[],
): { reviews: SeedReview[]; inquiries: SeedInquiry[] } {
  const reviews: SeedReview[] = [];
  const inquiries: SeedInquiry[] = [];
  for (const o of offerings) {
    if (o.status !== 'published' || o.rating === null) continue;
    const rng = rngFor(`${o.key}/reviews`);
    const pool = candidatesFor(o, smes);
    if (pool.length === 0) continue;
    // Firms adopt what they need: SMEs whose needs the offering covers come first, those of
    // one industry (the offering's first, else a drawn needing firm's) first among them.
    const needs = (s: SeedSme): boolean =>
      s.needs.scenarios.some((n) => o.scenarios.includes(n.code));
    const needing = pool.filter(needs);
    const lead =
      o.industries[0] ?? (needing.length > 0 ? rng.pick(needing) : rng.pick(pool)).industry;
    const ordered = [
      ...shuffled(
        needing.filter((s) => s.industry === lead),
        rng,
      ),
      ...shuffled(
        needing.filter((s) => s.industry !== lead),
        rng,
      ),
      ...shuffled(
        pool.filter((s) => !needs(s)),
        rng,
      ),
    ];
    // As many reviews as the catalogue's review counts always had (3–19), as far as firms allow.
    const n = Math.min(ordered.length, 3 + (o.key.length % 17));
    const values = shuffled(ratingsNear(o.rating, n), rng);
    const scenario = o.scenarios[0];
    ordered.slice(0, n).forEach((sme, i) => {
      const rating = values[i] ?? 4;
      const won = rng.chance(0.65);
      const createdDaysAgo = Math.min(o.createdDaysAgo - 1, rng.int(40, 300));
      const trialDaysAgo = Math.max(2, createdDaysAgo - rng.int(2, 10));
      const closedDaysAgo = won ? Math.max(1, trialDaysAgo - rng.int(7, 30)) : null;
      const plan = o.plans.find((p) => p.trialDays > 0) ?? o.plans[0];
      const texts = REVIEW_TEXTS[rating] ?? REVIEW_TEXTS[4] ?? [];
      const s = scenario === undefined ? '业务' : scenarioName(scenario);
      const providerFirst = Math.max(1, createdDaysAgo - 1);
      inquiries.push({
        key: `${sme.key}/${o.key}`,
        smeKey: sme.key,
        offeringKey: o.key,
        kind: plan !== undefined && plan.trialDays > 0 ? 'trial' : 'quote',
        status: won ? 'won' : 'trialing',
        planName: plan?.name ?? null,
        createdDaysAgo,
        trialDaysAgo,
        closedDaysAgo,
        reason: null,
        messages: [
          {
            author: 'sme',
            body: `您好，我们想了解「${o.title}」能否解决${s}方面的问题，希望申请试用。`,
            daysAgo: createdDaysAgo,
          },
          {
            author: 'provider',
            body: `您好，感谢关注！已为您开通试用账号，实施顾问会联系您安排上线培训。`,
            daysAgo: providerFirst,
          },
          ...(won
            ? [
                {
                  author: 'sme' as const,
                  body: '试用效果不错，我们决定正式采购，请发一下合同。',
                  daysAgo: closedDaysAgo ?? 1,
                },
              ]
            : []),
        ],
      });
      reviews.push({
        smeKey: sme.key,
        offeringKey: o.key,
        rating,
        body: (rng.pick(texts) ?? '{s}方面有改善。').replace('{s}', s),
        verified: won ? 'adopted' : 'trial',
        replyBody: rng.chance(0.4) ? rng.pick(REPLIES) : null,
        daysAgo: Math.max(0, (closedDaysAgo ?? trialDaysAgo) - 1),
      });
    });
  }
  return { reviews, inquiries };
}

// ── Plans ──────────────────────────────────────────────────────────────────────────────────

/**
 * Every SME's plan: what it adopted or is trialing (from its inquiries), then its top needs
 * with an offering it could add (or a free-text action when none serves it).
 */
function plans(
  smes: readonly SeedSme[],
  offerings: readonly SeedOffering[],
  inquiries: readonly SeedInquiry[],
  reviews: readonly SeedReview[],
): SeedPlanItem[] {
  const byKey = new Map(offerings.map((o) => [o.key, o]));
  const reviewed = new Set(reviews.map((r) => `${r.smeKey}/${r.offeringKey}`));
  const items: SeedPlanItem[] = [];
  for (const sme of smes) {
    const mine = inquiries.filter((q) => q.smeKey === sme.key).slice(0, 3);
    const used = new Set<string>();
    for (const q of mine) {
      const o = byKey.get(q.offeringKey);
      if (o === undefined) continue;
      used.add(o.key);
      const scenario = o.scenarios[0] ?? 'consulting';
      const status = q.status === 'won' ? (reviewed.has(q.key) ? 'reviewed' : 'adopted') : 'trial';
      items.push({
        smeKey: sme.key,
        offeringKey: o.key,
        title: o.title.slice(0, 120),
        scenario,
        priority: sme.needs.scenarios.find((n) => n.code === scenario)?.priority ?? 3,
        phase: 'now',
        status,
        notes: null,
      });
    }
    sme.needs.scenarios.slice(0, 2).forEach((need, i) => {
      const candidate = offerings.find(
        (o) =>
          o.status === 'published' &&
          !used.has(o.key) &&
          o.scenarios[0] === need.code &&
          offeringServesRegion(o.regions, sme.region) &&
          (o.industries.length === 0 || o.industries.includes(sme.industry)),
      );
      if (candidate !== undefined) used.add(candidate.key);
      items.push({
        smeKey: sme.key,
        offeringKey: candidate?.key ?? null,
        title: (candidate?.title ?? `梳理${scenarioName(need.code)}现状并制定改进方案`).slice(
          0,
          120,
        ),
        scenario: need.code,
        priority: need.priority,
        phase: i === 0 ? 'next' : 'later',
        status: 'planned',
        notes: candidate === undefined ? '先内部调研，再比较服务商方案。' : null,
      });
    });
  }
  return items;
}

/**
 * The engagement of the demo marketplace for these offerings and SMEs: the review-backing trials
 * and wins, then the live leads (open, responded, lost, withdrawn; see leads.ts), the views of
 * the last 30 days and the demo accounts' notifications. `demo` names the demo provider and SME.
 */
export function buildEngagement(
  offerings: readonly SeedOffering[],
  smes: readonly SeedSme[],
  demo: { providerKey: string; smeKey: string },
): SeedEngagement {
  const { reviews, inquiries } = reviewsAndInquiries(offerings, smes);
  const leads = buildLeads(offerings, smes, new Set(inquiries.map((q) => q.key)), demo);
  return {
    assessments: smes.flatMap(assessmentHistory),
    inquiries: [...inquiries, ...leads],
    reviews,
    // Plans follow what the SME adopted or is trialing, not its open questions.
    planItems: plans(smes, offerings, inquiries, reviews),
    views: buildViews(offerings, leads, demo.providerKey),
    notifications: buildNotifications(leads, offerings, smes, demo),
  };
}

/** Offerings whose rating and review count are those of their seeded reviews (none: null, 0). */
export function withReviewRatings(
  offerings: readonly SeedOffering[],
  reviews: readonly SeedReview[],
): SeedOffering[] {
  const byOffering = new Map<string, number[]>();
  for (const r of reviews)
    byOffering.set(r.offeringKey, [...(byOffering.get(r.offeringKey) ?? []), r.rating]);
  return offerings.map((o) => {
    const { rating, reviewCount } = offeringRating(byOffering.get(o.key) ?? []);
    return { ...o, rating, reviewCount };
  });
}
