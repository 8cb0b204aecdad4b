import * as assert from 'node:assert/strict';
import { blockInWords, type HostTick, lagsInWords, longestHostBlock, machineExplains } from '../shared/hostBlock';

/** Ticks of a 10 ms probe: each [lag, ms the thread ran, ms it waited, ms stolen from core 0 so far]. */
const ticks = (rows: [number, number, number, number][]): HostTick[] => {
  let run = 0;
  let wait = 0;
  let now = 0;
  return rows.map(([lag, ran, waited, stolen]) => {
    [run, wait, now] = [run + ran * 1e6, wait + waited * 1e6, now + 10 + lag];
    return { lag, now, schedule: [run, wait], steal: [stolen, 0] };
  });
};

describe('the extension host block measure (integration test)', () => {
  it('counts a busy host thread as a block, whatever the machine did', () => {
    // 120 ms late, and the thread ran all 130 ms: ours, even if a core's steal grew.
    const busy = longestHostBlock(ticks([[0, 1, 0, 0], [120, 130, 0, 0], [0, 1, 0, 300], [0, 1, 0, 300]]), 10);
    assert.equal(busy.block, 120);
    assert.equal(busy.ran, 130);
  });

  it('takes out the time the machine was stopped while the host thread did not run', () => {
    // 331.7 ms late, the thread ran 0.2 ms, and a core's steal grew by 330 ms (booked a tick later): the machine's, not ours.
    const stopped = longestHostBlock(ticks([[0, 1, 0, 0], [331.7, 0.2, 0, 0], [0, 1, 0, 330], [0, 1, 0, 330]]), 10);
    assert.ok(stopped.block < 5, `a stopped machine read as a block of ${stopped.block} ms`);
    assert.equal(stopped.machineStopped, 330);
    // The same lag with no steal is a block.
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [331.7, 0.2, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0]]), 10).block, 331.7);
  });

  it('takes out no more than the time the thread did not run, and at most the interval where its schedule is unknown', () => {
    // 60 ms late, the thread ran 40 of the 70 ms, the machine was stopped 100 ms: 30 ms of it can be the machine's.
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [60, 40, 0, 0], [0, 1, 0, 100]]), 10).block, 30);
    const unknown = ticks([[0, 1, 0, 0], [60, 40, 0, 0], [0, 1, 0, 100]]).map((tick) => ({ ...tick, schedule: null }));
    assert.equal(longestHostBlock(unknown, 10).block, 50);
  });

  it('tells the time the host thread ran or waited for a core in a lag from the time it slept', () => {
    // 53.9 ms late: the thread ran 10.3 ms, waited 13.3 ms, and slept the rest with no machine stop (a fresh-clone run).
    const slept = longestHostBlock(ticks([[0, 1, 0, 0], [53.9, 10.3, 13.3, 0], [0, 1, 0, 0], [0, 1, 0, 0]]), 10);
    assert.equal(slept.block, 53.9);
    assert.ok(Math.abs(slept.busy - 23.6) < 1e-9, String(slept.busy));
    // A busy thread is busy for the whole lag; without a schedule, so is any lag.
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [120, 130, 0, 0], [0, 1, 0, 0]]), 10).busy, 120);
    const unknown = ticks([[0, 1, 0, 0], [60, 5, 0, 0], [0, 1, 0, 0]]).map((tick) => ({ ...tick, schedule: null }));
    assert.equal(longestHostBlock(unknown, 10).busy, 60);
    // The busiest tick need not be the longest block's.
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [45, 50, 0, 0], [90, 2, 0, 0], [0, 1, 0, 0]]), 10).busy, 45);
  });

  it('tells the time the host thread ran in a lag from the time it waited for a core', () => {
    // 72.6 ms late: the thread ran 15.1 ms and waited 57.5 ms for a core.
    const waited = longestHostBlock(ticks([[0, 1, 0, 0], [72.6, 15.1, 57.5, 0], [0, 1, 0, 0]]), 10);
    assert.ok(Math.abs(waited.running - 15.1) < 1e-9, String(waited.running));
    assert.ok(Math.abs(waited.busy - 72.6) < 1e-9, String(waited.busy));
    // A thread that ran longer than the lag ran for the whole lag; without a schedule, so did any lag; the longest of any tick.
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [40, 48, 0, 0], [0, 1, 0, 0]]), 10).running, 40);
    const unknown = ticks([[0, 1, 0, 0], [60, 5, 0, 0], [0, 1, 0, 0]]).map((tick) => ({ ...tick, schedule: null }));
    assert.equal(longestHostBlock(unknown, 10).running, 60);
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [45, 30, 10, 0], [90, 2, 80, 0], [0, 1, 0, 0]]), 10).running, 30);
  });

  it('says in words what the host thread did in the longest block and in any one lag, and only the lag where the system does not say', () => {
    const known = longestHostBlock(ticks([[0, 1, 0, 0], [72.6, 15.1, 57.5, 0], [0, 1, 0, 0]]), 10);
    assert.equal(blockInWords(known), 'its timer was 72.6 ms late; the host thread ran 15.1 ms and waited for a core 57.5 ms in that time, and the machine was stopped 0 ms');
    assert.equal(lagsInWords(known), 'in any one lag the host thread ran at most 15.1 ms and ran or waited for a core at most 72.6 ms');
    const unknown = ticks([[0, 1, 0, 0], [60, 5, 0, 0], [0, 1, 0, 0]]).map((tick) => ({ ...tick, schedule: null }));
    assert.equal(blockInWords(longestHostBlock(unknown, 10)), 'its timer was 60.0 ms late');
  });

  it('counts the host thread\'s major page faults in the longest block, where the system says', () => {
    const faulted = ticks([[0, 1, 0, 0], [20, 5, 0, 0], [240, 3, 2, 0], [0, 1, 0, 0]]).map((tick, i) => ({ ...tick, faults: [4, 4, 9, 9][i] }));
    assert.equal(longestHostBlock(faulted, 10).faults, 5);
    assert.equal(longestHostBlock(ticks([[0, 1, 0, 0], [240, 3, 2, 0]]), 10).faults, null);
    assert.match(blockInWords(longestHostBlock(faulted, 10)), /; the host thread took 5 major page faults$/);
  });

  it('tells a block the machine explains (a wait for a core, or a page read back) from one it does not', () => {
    // 181.3 ms of a 183.3 ms lag waiting for a core (a CI run): within 150 ms without the wait.
    const waited = longestHostBlock(ticks([[0, 1, 0, 0], [183.3, 0.4, 181.3, 0], [0, 1, 0, 0]]), 10);
    assert.equal(machineExplains(waited, 150), true);
    // A lag slept through with no page read back: a synchronous read would look like this, so it is not the machine's.
    const slept = longestHostBlock(ticks([[0, 1, 0, 0], [508.5, 17.9, 5.5, 0], [0, 1, 0, 0]]), 10);
    assert.equal(machineExplains(slept, 150), false);
    assert.equal(machineExplains({ ...slept, faults: 0 }, 150), false);
    // The same lag with pages read back in it.
    assert.equal(machineExplains({ ...slept, faults: 3 }, 150), true);
    // Waiting explains only down to the bound; where the system does not say, nothing is the machine's.
    assert.equal(machineExplains(longestHostBlock(ticks([[0, 1, 0, 0], [260, 1, 100, 0], [0, 1, 0, 0]]), 10), 150), false);
    assert.equal(machineExplains({ ...waited, waited: null }, 150), false);
  });

  it('reports the longest block and when it ended', () => {
    const found = longestHostBlock(ticks([[0, 1, 0, 0], [12, 22, 0, 0], [0, 1, 0, 0], [30, 40, 0, 0], [5, 15, 0, 0]]), 10);
    assert.equal(found.block, 30);
    assert.equal(found.lag, 30);
    assert.equal(found.end, 10 + 22 + 10 + 40);
  });
});
