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
