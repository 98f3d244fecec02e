import { describe, expect, it, vi } from 'vitest';
import type { StackEndpoints } from '@sluice/local-stack';
import { getStack, type GetStackDeps } from './get-stack';
import { chooseStackSource, dockerEndpoint } from './stack-source';

const local: StackEndpoints = { kafkaBrokers: ['127.0.0.1:19092'], schemaRegistryUrl: 'http://127.0.0.1:18081/apis/ccompat/v7', databaseUrl: 'postgres://postgres@127.0.0.1:5432/sluice' };
const containers: StackEndpoints = { kafkaBrokers: ['localhost:32768'], schemaRegistryUrl: 'http://localhost:32769', databaseUrl: 'postgres://test:test@localhost:32770/sluice' };

function deps(docker: boolean): GetStackDeps & { stopped: () => boolean } {
  let stopped = false;
  return {
    dockerAnswers: vi.fn(() => Promise.resolve(docker)),
    startContainerStack: vi.fn(() => Promise.resolve({ endpoints: containers, stop: () => Promise.resolve(void (stopped = true)) })),
    startLocalStack: vi.fn(() => Promise.resolve(local)),
    stopped: () => stopped,
  };
}

describe('chooseStackSource', () => {
  it('uses testcontainers only when an engine answers and no stack variable is set', () => {
    expect(chooseStackSource({}, true).source).toBe('testcontainers');
    expect(chooseStackSource({}, false).source).toBe('local-stack');
    for (const name of ['KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL']) {
      expect(chooseStackSource({ [name]: 'x' }, true)).toEqual({ source: 'local-stack', reason: `${name} set: using the given endpoints` });
    }
    expect(chooseStackSource({ SLUICE_TESTCONTAINERS: 'false' }, true).source).toBe('local-stack');
    expect(chooseStackSource({ SLUICE_TESTCONTAINERS: 'true' }, false).reason).toMatch(/no Docker engine answers/);
  });

  it('finds the engine from DOCKER_HOST or the default socket', () => {
    expect(dockerEndpoint({})).toEqual({ socketPath: '/var/run/docker.sock' });
    expect(dockerEndpoint({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toEqual({ socketPath: '/run/user/1000/docker.sock' });
    expect(dockerEndpoint({ DOCKER_HOST: 'tcp://10.0.0.5:2376' })).toEqual({ host: '10.0.0.5', port: 2376 });
  });
});

describe('getStack', () => {
  it('starts containers when Docker answers, and stops them when the run ends', async () => {
    const d = deps(true);
    const stack = await getStack({}, () => {}, d);
    expect(stack.endpoints).toEqual(containers);
    expect(d.startLocalStack).not.toHaveBeenCalled();
    await stack.stop();
    expect(d.stopped()).toBe(true);
  });

  it('takes the local stack without Docker, and never asks Docker when a variable is set', async () => {
    expect((await getStack({}, () => {}, deps(false))).endpoints).toEqual(local);
    const d = deps(true);
    expect((await getStack({ KAFKA_BROKERS: '127.0.0.1:19092' }, () => {}, d)).choice.source).toBe('local-stack');
    expect(d.dockerAnswers).not.toHaveBeenCalled();
    expect(d.startContainerStack).not.toHaveBeenCalled();
  });

  it('refuses SLUICE_TESTCONTAINERS=true without an engine instead of falling back silently', async () => {
    await expect(getStack({ SLUICE_TESTCONTAINERS: 'true' }, () => {}, deps(false))).rejects.toThrow(/start Docker or unset SLUICE_TESTCONTAINERS/);
  });
});
