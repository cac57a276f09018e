import { describe, expect, it } from '@jest/globals';

import type { CpuSnapshot, CpuUsage } from './machine.js';
import { Phases, type PhaseProbes } from './phases.js';

const usage: CpuUsage = {
  seconds: 2,
  cores: { api: 0.5, meilisearch: 1.25, postgres: 0, bench: 0.1, others: 0.02 },
  systemBusy: 0.9,
};

function probes(times: number[]): PhaseProbes {
  const snapshot: CpuSnapshot = { at: 0, system: { busy: 0, total: 0 }, trees: {}, self: 0 };
  const loads: [number, number, number][] = [
    [1, 1, 1],
    [2, 1, 1],
  ];
  return {
    now: () => times.shift() ?? Number.NaN,
    loadAverage: () => loads.shift() ?? [0, 0, 0],
    cpu: { snapshot: () => snapshot, usage: () => usage },
  };
}

describe('Phases', () => {
  it('records the wall time, load and CPU of a phase and reports its end', async () => {
    const said: string[] = [];
    const sut = new Phases(
      probes([1000, 3500]),
      (m) => said.push(m),
      () => undefined,
    );
    const outcome = await sut.run('full reindex through the API', async () => 42);
    expect(outcome.value).toBe(42);
    expect(outcome.record).toEqual({
      name: 'full reindex through the API',
      wallMs: 2500,
      loadBefore: [1, 1, 1],
      loadAfter: [2, 1, 1],
      cpu: usage,
    });
    expect(sut.records).toEqual([outcome.record]);
    expect(said).toEqual([
      'full reindex through the API …',
      'full reindex through the API: 2.5 s; cores used: api 0.50, meili 1.25, pg 0.00, bench 0.10, others 0.02',
    ]);
  });

  it('does not start a phase once the run is interrupted', async () => {
    let ran = false;
    const sut = new Phases(
      probes([0, 0]),
      () => undefined,
      () => {
        throw new Error('interrupted');
      },
    );
    await expect(
      sut.run('matches API, 1 client', async () => {
        ran = true;
      }),
    ).rejects.toThrow('interrupted');
    expect(ran).toBe(false);
    expect(sut.records).toEqual([]);
  });
});
