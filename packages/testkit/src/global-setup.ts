import type { TestProject } from 'vitest/node';
import { getStack } from './get-stack';

/**
 * vitest global setup of the integration project: obtains the stack once per run and hands its
 * endpoints to every test file (`integrationStack()`); containers started for the run are stopped
 * after it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await getStack(process.env, (message) => process.stderr.write(`[stack] ${message}\n`));
  project.provide('stack', stack.endpoints);
  return () => stack.stop();
}
