/**
 * Step 5: the SMEs that matching is measured for, made through the API as a user would make
 * them (register, company profile, needs, assessment), four at a time.
 */
import type { ScenarioCode } from '@toolbox/domain';

import { isRecord, num, str } from '../json-fields.js';
import type { BenchContext } from '../run.js';
import { levelSummary, needsBody, profileBody, registrationBody } from '../sme-requests.js';
import { assessmentAnswers, type BenchSme, benchSmes } from '../workload.js';

export interface SmeSession {
  sme: BenchSme;
  token: string;
  level: number | null;
  weak: ScenarioCode[];
}

const WORKERS = 4;

export async function createSmeSessions(
  ctx: BenchContext,
): Promise<{ sessions: SmeSession[]; setupMs: number }> {
  const { api, opts } = ctx;
  const smes = benchSmes(opts.smes);
  const questionnaire = await api.json({ method: 'GET', path: '/api/assessments/questionnaire' });
  const { value: sessions, record } = await ctx.phases.run(
    `create ${opts.smes} SMEs (register, profile, needs, assessment)`,
    async () => {
      const out: SmeSession[] = new Array<SmeSession>(smes.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        for (;;) {
          ctx.checkAborted();
          const i = next;
          next += 1;
          if (i >= smes.length) return;
          out[i] = await createSme(ctx, smes[i], i, questionnaire);
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, () => worker()));
      return out;
    },
  );
  ctx.say(`SME levels: ${levelSummary(sessions.map((s) => s.level))}`);
  return { sessions, setupMs: record.wallMs };
}

async function createSme(
  ctx: BenchContext,
  s: BenchSme,
  i: number,
  questionnaire: unknown,
): Promise<SmeSession> {
  const { api } = ctx;
  const reg = await api.json({
    method: 'POST',
    path: '/api/auth/register',
    expect: 201,
    body: registrationBody(s, i),
  });
  const token = str(reg, 'accessToken');
  await api.json({ method: 'PUT', path: '/api/smes/me', token, body: profileBody(s) });
  await api.json({ method: 'PUT', path: '/api/smes/me/needs', token, body: needsBody(s) });
  const assessment = await api.json({
    method: 'POST',
    path: '/api/assessments',
    token,
    expect: 201,
    body: JSON.stringify({ answers: assessmentAnswers(questionnaire, s.targetLevel, i) }),
  });
  const weakRaw =
    isRecord(assessment) && Array.isArray(assessment.weakScenarios) ? assessment.weakScenarios : [];
  return {
    sme: s,
    token,
    level: num(assessment, 'level'),
    weak: weakRaw.filter((w): w is ScenarioCode => typeof w === 'string'),
  };
}
