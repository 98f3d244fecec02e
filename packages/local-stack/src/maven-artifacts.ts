import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assetsDir } from './stack-paths';
import { SluiceError } from '@sluice/errors';

const run = promisify(execFile);

/** Pinned versions live in the POMs under assets/, the one place to change them. */
function pomProperty(pom: string, property: string): string {
  const match = new RegExp(`<${property}>([^<]+)</${property}>`).exec(readFileSync(pom, 'utf8'));
  if (!match?.[1]) throw new SluiceError('CONFIG', `${pom} has no <${property}>`);
  return match[1];
}

export const kafkaPom = join(assetsDir, 'kafka', 'pom.xml');
export const registryPom = join(assetsDir, 'registry', 'pom.xml');
export const kafkaVersion = (): string => pomProperty(kafkaPom, 'kafka.version');
export const registryVersion = (): string => pomProperty(registryPom, 'apicurio.version');

async function mvn(args: string[]): Promise<void> {
  try {
    await run('mvn', ['-q', '-B', ...args], { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? '';
    throw new SluiceError('UNAVAILABLE', `mvn ${args.join(' ')} failed:\n${output.split('\n').slice(-15).join('\n')}`);
  }
}

/**
 * The broker's runtime jars (kafka_2.13 + its POM's dependencies + a log4j binding), copied once
 * into `<cache>/kafka-<version>/libs`. Written to a temporary folder first so an interrupted
 * download is never mistaken for a complete one.
 */
export async function ensureKafkaJars(cache: string): Promise<string> {
  const libs = join(cache, `kafka-${kafkaVersion()}`, 'libs');
  if (existsSync(libs)) return libs;
  const partial = `${libs}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await mvn(['-f', kafkaPom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`]);
  renameSync(partial, libs);
  return libs;
}

/**
 * Apicurio Registry's `all` assembly, unpacked once into `<cache>/apicurio-<version>`. Fetched with
 * `dependency:get -Dtransitive=false` because the app's parent POM is not published for every 3.x
 * release; the archive itself is all we need.
 */
export async function ensureRegistryApp(cache: string): Promise<string> {
  const version = registryVersion();
  const home = join(cache, `apicurio-${version}`);
  if (existsSync(home)) return home;
  const coordinates = `io.apicurio:apicurio-registry-app:${version}:tar.gz:all`;
  await mvn(['dependency:get', `-Dartifact=${coordinates}`, '-Dtransitive=false']);
  const repository = process.env.MAVEN_LOCAL_REPOSITORY ?? join(homedir(), '.m2', 'repository');
  const archive = join(repository, 'io', 'apicurio', 'apicurio-registry-app', version, `apicurio-registry-app-${version}-all.tar.gz`);
  if (!existsSync(archive)) throw new SluiceError('INTERNAL', `Maven reported success but ${archive} is missing`);
  const partial = `${home}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await run('tar', ['-xzf', archive, '-C', partial]);
  renameSync(partial, home);
  return home;
}

/** The runnable jar in an unpacked Apicurio assembly (legacy-jar or Quarkus fast-jar layout). */
export function registryJar(home: string): string {
  if (existsSync(join(home, 'quarkus-run.jar'))) return join(home, 'quarkus-run.jar');
  const runner = readdirSync(home).find((name) => name.endsWith('-runner.jar'));
  if (!runner) throw new SluiceError('CONFIG', `no runnable jar in ${home}`);
  return join(home, runner);
}
