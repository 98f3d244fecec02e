import type { Registry } from 'prom-client';

/**
 * A handler is handed the runtime's registry with every batch (`context.metrics`), and prom-client
 * refuses a second metric of the same name in one registry: the returned function runs `create`
 * once per registry and hands back the same metrics afterwards.
 */
export function metricsPerRegistry<T>(create: (registry: Registry) => T): (registry: Registry) => T {
  const known = new WeakMap<Registry, T>();
  return (registry) => {
    if (known.has(registry)) return known.get(registry) as T;
    const metrics = create(registry);
    known.set(registry, metrics);
    return metrics;
  };
}
