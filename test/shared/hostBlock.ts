/**
 * The extension host's longest block, from the ticks of a lag probe: how late each timer ran, with the host thread's schedule and each
 * core's stolen time read at that tick. A block is a lag less the time the machine itself was stopped in it (the hypervisor's steal), and a
 * stop explains only time the host thread did not run: the lag and the interval asked for, less its run time. A core's steal is booked at
 * its next tick after it runs again, so the steal read spans from the tick before the lag to two ticks after it.
 */
export interface HostTick {
  /** How late the timer ran (ms). */
  lag: number;
  /** When it ran (ms, performance.now). */
  now: number;
  /** The host thread's time on a core and waiting for one (ns), or null where the system does not say. */
  schedule: readonly [number, number] | null;
  /** Each core's stolen time so far (ms). */
  steal: readonly number[];
  /** The host thread's major page faults so far (reads of a page the system had put out of memory), or null where the system does not say. */
  faults?: number | null;
}

export interface HostBlock {
  /** The block (ms): the lag less the machine's stop it can be explained by. */
  block: number;
  /**
   * Of the lag, the time the host thread ran or waited for a core (ms; the lag where the system does not say): what its own work can have
   * taken. The rest of a lag the thread slept (not its JavaScript, which runs or waits to run), in the kernel or on a lock.
   */
  busy: number;
  /**
   * Of the lag, the time the host thread ran (ms; the lag where the system does not say): its JavaScript and the kernel's work for it, not
   * the time it waited for a core the library worker and the rest of the machine held.
   */
  running: number;
  lag: number;
  end: number;
  /** What the host thread did in it (ms), where the system says. */
  ran: number | null;
  waited: number | null;
  machineStopped: number;
  /** The host thread's major page faults in it, where the system says: it slept while a page the system had reclaimed was read back. */
  faults: number | null;
}

/** The tick with the longest block, and the longest busy and running times of any tick (each the largest of its own). */
export function longestHostBlock(ticks: readonly HostTick[], intervalMs: number): HostBlock {
  let longest: HostBlock = { block: 0, busy: 0, running: 0, lag: 0, end: 0, ran: null, waited: null, machineStopped: 0, faults: null };
  let busiest = 0;
  let mostRunning = 0;
  for (let i = 1; i < ticks.length; i++) {
    const { lag, now, schedule } = ticks[i];
    const before = ticks[i - 1];
    const ran = schedule && before.schedule ? (schedule[0] - before.schedule[0]) / 1e6 : null;
    const waited = schedule && before.schedule ? (schedule[1] - before.schedule[1]) / 1e6 : null;
    const faults = ticks[i].faults != null && before.faults != null ? ticks[i].faults! - before.faults : null;
    const after = ticks[Math.min(i + 2, ticks.length - 1)].steal;
    const machineStopped = Math.max(0, ...after.map((ms, core) => ms - (before.steal[core] ?? ms)));
    // Without a schedule the thread may have run all the time: only the interval asked for can be the machine's.
    const block = lag - Math.min(machineStopped, Math.max(0, lag + intervalMs - (ran ?? lag)));
    const busy = ran === null || waited === null ? lag : Math.max(0, Math.min(lag, ran + waited));
    const running = ran === null ? lag : Math.max(0, Math.min(lag, ran));
    busiest = Math.max(busiest, busy);
    mostRunning = Math.max(mostRunning, running);
    if (block > longest.block) longest = { block, busy, running, lag, end: now, ran, waited, machineStopped, faults };
  }
  return { ...longest, busy: busiest, running: mostRunning };
}

/** What the host thread did in the longest block, in words (the integration test and the bench print it alike). */
export function blockInWords(block: HostBlock): string {
  const late = `its timer was ${block.lag.toFixed(1)} ms late`;
  return block.ran === null || block.waited === null ? late
    : `${late}; the host thread ran ${block.ran.toFixed(1)} ms and waited for a core ${block.waited.toFixed(1)} ms in that time, and the machine was stopped ${block.machineStopped.toFixed(0)} ms${block.faults === null ? '' : `; the host thread took ${block.faults} major page faults`}`;
}

/**
 * Whether a block is the machine's doing rather than the host's: the host thread waited for a core so long that without the wait the block
 * is within `boundMs` (the scheduler gave the cores to other threads), or it took a major page fault in it (it slept while a page the
 * system had put out of memory, its code or data, was read back: this machine's memory reclaim pages out what has not been used for a while).
 * Unknown where the system does not say: then it is not.
 */
export function machineExplains(block: HostBlock, boundMs: number): boolean {
  if (block.waited === null) return false;
  return block.block - block.waited <= boundMs || (block.faults ?? 0) > 0;
}

/** The host thread's longest running and busy times in any one lag, in words. */
export function lagsInWords(block: HostBlock): string {
  return `in any one lag the host thread ran at most ${block.running.toFixed(1)} ms and ran or waited for a core at most ${block.busy.toFixed(1)} ms`;
}
