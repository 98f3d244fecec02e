/**
 * kafkajs 2.2.4 schedules its request queue with `setTimeout(throttledUntil - Date.now())`, which is
 * a large negative number before the broker ever throttled; Node 23 and later print a
 * TimeoutNegativeWarning for it (and, as older Nodes did silently, wait 1 ms). Reported upstream as
 * kafkajs#1751; the fix (#1755/#1756) is not released. This drops that one warning from a process's
 * stderr and passes every other warning to the listeners Node had installed (its own printer).
 * Idempotent; call once at the start of a process.
 */
export function ignoreKafkajsNegativeTimeoutWarning(): void {
  if (installed) return;
  installed = true;
  const previous = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'TimeoutNegativeWarning') return;
    for (const listener of previous) listener(warning);
  });
}

let installed = false;
