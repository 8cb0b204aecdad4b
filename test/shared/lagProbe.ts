/**
 * An event-loop probe: every `intervalMs`, how late this thread ran a timer
 * (ms beyond the interval it asked for). The bench and the integration test
 * measure the extension host's longest block with it. Returns the stop.
 */
export function lagProbe(intervalMs: number, onTick: (lag: number, now: number) => void): () => void {
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    onTick(now - last - intervalMs, now);
    last = now;
  }, intervalMs);
  return () => clearInterval(probe);
}
