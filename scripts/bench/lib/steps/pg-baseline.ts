/** Step 6: the PostgreSQL full-text table the search is compared with (skipped with --skip-pg). */
import { buildPgBaseline, type PgBaselineBuild } from '../pg-baseline.js';
import type { BenchContext } from '../run.js';

export async function buildPostgresBaseline(ctx: BenchContext): Promise<PgBaselineBuild | null> {
  if (ctx.opts.skipPg) return null;
  const pgBuild = (
    await ctx.phases.run('build the PostgreSQL full-text baseline', () => buildPgBaseline(ctx.db))
  ).value;
  ctx.say(
    `pg baseline: pg_trgm ${pgBuild.trgm ? 'available' : `unavailable (${pgBuild.trgmError ?? ''})`}, built in ${(pgBuild.buildMs / 1000).toFixed(1)} s`,
  );
  return pgBuild;
}
