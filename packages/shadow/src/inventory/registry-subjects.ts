import { SluiceError } from '@sluice/errors';

async function call(url: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new SluiceError('UNAVAILABLE', `schema registry ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new SluiceError(response.status >= 500 ? 'UNAVAILABLE' : 'CONFIG', `schema registry ${init.method ?? 'GET'} ${url}: HTTP ${response.status}`);
  return response.json();
}

/** Subjects of the Confluent-compatible registry at `registryUrl` whose name starts with `prefix`. */
export async function subjectsUnder(registryUrl: string, prefix: string): Promise<string[]> {
  const subjects = (await call(`${registryUrl}/subjects`)) as string[];
  return subjects.filter((subject) => subject.startsWith(prefix)).sort();
}

/**
 * Deletes a subject for good: the soft delete the Confluent API requires first, then `?permanent=true`
 * (https://docs.confluent.io/platform/current/schema-registry/develop/api.html#delete--subjects-(string-%20subject)).
 */
export async function deleteSubject(registryUrl: string, subject: string): Promise<void> {
  const url = `${registryUrl}/subjects/${encodeURIComponent(subject)}`;
  await call(url, { method: 'DELETE' });
  await call(`${url}?permanent=true`, { method: 'DELETE' });
}
