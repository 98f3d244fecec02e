import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class MissingPrerequisiteError extends Error {
  override name = 'MissingPrerequisiteError';
}

async function version(command: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 30_000 });
    return `${stdout}${stderr}`;
  } catch {
    return undefined;
  }
}

/** Java 17+ and Maven run the broker and registry from Maven Central jars. */
export async function checkJvmTooling(): Promise<{ java: string; maven: string }> {
  const missing: string[] = [];
  const javaOut = await version('java', ['-version']);
  const javaMajor = Number(/version "(\d+)/.exec(javaOut ?? '')?.[1] ?? 0);
  if (!javaOut) missing.push('java (a JDK 17 or newer, e.g. `apt-get install openjdk-17-jdk-headless`)');
  else if (javaMajor < 17) missing.push(`java 17 or newer (found ${javaMajor})`);
  const mavenOut = await version('mvn', ['-v']);
  if (!mavenOut) missing.push('mvn (Apache Maven 3.8+, e.g. `apt-get install maven`)');
  if (missing.length > 0) {
    throw new MissingPrerequisiteError(
      `the local stack needs ${missing.join(' and ')}; install it, or point KAFKA_BROKERS and ` +
        'SCHEMA_REGISTRY_URL at running services',
    );
  }
  return {
    java: String(javaMajor),
    maven: /Apache Maven ([\d.]+)/.exec(mavenOut ?? '')?.[1] ?? 'unknown',
  };
}
