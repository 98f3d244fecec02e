/** One piece of the stack as `sluice stack status --json` reports it. */
export interface ComponentStatus {
  name: 'kafka' | 'schema-registry' | 'postgres';
  /** `local`: started and stopped by `sluice stack`; `external`: named by an environment variable. */
  mode: 'local' | 'external';
  endpoint: string;
  healthy: boolean;
  version: string | null;
  pid: number | null;
  detail: string | null;
}

export interface StackComponent {
  readonly name: ComponentStatus['name'];
  readonly mode: ComponentStatus['mode'];
  readonly endpoint: string;
  /** Starts the component unless it already answers; returns whether it started anything. */
  up(): Promise<{ started: boolean }>;
  /** Stops what `up` started (pid file); never touches external services. */
  down(): Promise<{ stopped: boolean }>;
  status(): Promise<ComponentStatus>;
}

/** What `status()` reports for a component that did not answer (or answered with an error). */
export function unreachableStatus(component: Pick<StackComponent, 'name' | 'mode' | 'endpoint'>, pid: number | null, error: unknown): ComponentStatus {
  return { name: component.name, mode: component.mode, endpoint: component.endpoint, healthy: false, version: null, pid, detail: (error as Error).message };
}
