/**
 * The ticks `longestHostBlock` reads, recorded by a lag probe: at each tick, how late its timer ran, this process's main thread's time on a
 * core and waiting for one (Linux's schedstat), its major page faults, and each core's stolen time (/proc/stat). Elsewhere the schedule is null and the steal 0,
 * and a block is the whole lag. The integration test and the bench measure the extension host's longest block with it.
 */
import * as fs from 'node:fs';
import type { HostTick } from './hostBlock';
import { lagProbe } from './lagProbe';

const LINUX = process.platform === 'linux';

/** The main thread's time on a core and waiting for one (ns), or null where the system does not say. */
function scheduled(): [number, number] | null {
  if (!LINUX) return null;
  const [run, wait] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
  return [run, wait];
}

/** The main thread's major page faults so far (field 12 of its stat, counted from the field after the name's closing parenthesis), or null. */
function faulted(): number | null {
  if (!LINUX) return null;
  const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[9]);
}

/**
 * Each core's time taken by the hypervisor for other machines (ms; /proc/stat counts it in ticks of 10 ms). A virtual machine its host
 * stopped shows as a lag in which the thread neither ran nor waited for a core, while the steal of the core that was to run it grows.
 */
function stolen(): number[] {
  return LINUX ? fs.readFileSync('/proc/stat', 'utf8').split('\n').filter((line) => /^cpu\d/.test(line)).map((line) => Number(line.split(/\s+/)[8]) * 10) : [0];
}

export function hostTicks(intervalMs: number): { ticks: HostTick[]; stop: () => void } {
  const ticks: HostTick[] = [{ lag: 0, now: performance.now(), schedule: scheduled(), steal: stolen(), faults: faulted() }];
  const stop = lagProbe(intervalMs, (lag, now) => ticks.push({ lag, now, schedule: scheduled(), steal: stolen(), faults: faulted() }));
  return { ticks, stop };
}
