import { stringify } from 'yaml';
import { topicCatalogue, topicSpec } from '@sluice/contracts';
import { serviceGroupId } from '@sluice/stream';
import type { ServiceEntry } from '../supervisor/service-discovery';

export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

export interface ManifestOptions {
  namespace: string;
  /** The one image every service runs from (Dockerfile at the repository root). */
  image: string;
}

/** What the committed deploy/kubernetes/sluice.yaml uses; set your registry's image when rendering. */
export const defaultManifestOptions: ManifestOptions = { namespace: 'sluice', image: 'sluice:latest' };

interface Sizing {
  requests: { cpu: string; memory: string };
  limits: { memory: string };
}

// Local models (extraction, embeddings) load weights into memory and use a core each.
const modelSizing: Sizing = { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '2Gi' } };
const lightSizing: Sizing = { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } };
const sizing: Record<string, Sizing> = { extractor: modelSizing, embedder: modelSizing, enricher: { requests: { cpu: '500m', memory: '768Mi' }, limits: { memory: '1536Mi' } } };

// Records of lag per replica at which KEDA adds one (the stage's batch size is the scale of it).
const lagPerReplica: Record<string, number> = { extractor: 100, embedder: 200, enricher: 200, validator: 500, auditor: 2000 };

/** Services that run as exactly one replica: the drift monitor replays on its own; two would double nothing but cost. */
const singletons = new Set(['drift-monitor']);

function inputsOf(service: string): string[] {
  return topicCatalogue.filter((topic) => (topic.consumers as readonly string[]).includes(service)).map((topic) => topic.name);
}

/**
 * Kubernetes objects for every service under services/ (read from their package.json `sluice`
 * block, as `sluice up` does): a Deployment with /healthz and /readyz probes, resource requests and
 * the environment contract from a ConfigMap and a Secret; a PodDisruptionBudget; a KEDA
 * ScaledObject that scales each consumer stage on its consumer group's lag (at most one replica per
 * partition of its inputs) and the gateway on CPU; Services for the HTTP APIs; and a Job that
 * applies the database migrations (`sluice stack up` with every endpoint set only checks and
 * migrates). Validated against the Kubernetes and KEDA schemas in kubernetes-manifests.test.ts.
 */
export function kubernetesManifests(services: readonly ServiceEntry[], { namespace, image }: ManifestOptions): Manifest[] {
  const meta = (name: string, component: string) => ({
    name,
    namespace,
    labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'sluice', 'app.kubernetes.io/component': component },
  });
  /** A KEDA ScaledObject for the Deployment `name`: replica bounds, cooldown and triggers in `scaling`. */
  const scaledObject = (name: string, component: string, scaling: Record<string, unknown>): Manifest => ({
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: meta(name, component),
    spec: { scaleTargetRef: { name }, ...scaling },
  });
  const envFrom = [{ configMapRef: { name: 'sluice-config' } }, { secretRef: { name: 'sluice-secrets' } }];
  const manifests: Manifest[] = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'app.kubernetes.io/part-of': 'sluice' } } }];

  manifests.push({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta('sluice-migrate', 'migrations'),
    spec: {
      backoffLimit: 6,
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'sluice-migrate' } },
        spec: {
          restartPolicy: 'OnFailure',
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [
            {
              name: 'migrate',
              image,
              args: ['packages/cli/src/main.ts', 'stack', 'up'],
              envFrom,
              resources: { requests: lightSizing.requests, limits: lightSizing.limits },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  });

  for (const service of services) {
    const name = service.name;
    const component = name === 'gateway' || name === 'review' ? 'edge' : inputsOf(name).length > 0 ? 'stage' : 'monitor';
    const labels = { 'app.kubernetes.io/name': name };
    const size = sizing[name] ?? lightSizing;
    const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
      httpGet: { path, port: 'http' },
      periodSeconds,
      failureThreshold,
      timeoutSeconds: 3,
    });
    manifests.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(name, component),
      spec: {
        replicas: singletons.has(name) ? 1 : 2,
        selector: { matchLabels: labels },
        strategy: singletons.has(name) ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: {
            labels: { ...labels, 'app.kubernetes.io/part-of': 'sluice' },
            annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(service.httpPort), 'prometheus.io/path': '/metrics' },
          },
          spec: {
            // The runtime stops within SHUTDOWN_TIMEOUT_MS (default 30 s): finish the batch, commit, leave the group.
            terminationGracePeriodSeconds: 45,
            securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 },
            containers: [
              {
                name,
                image,
                args: [`services/${service.dir.split('/').at(-1)}/src/main.ts`],
                ports: [{ name: 'http', containerPort: service.httpPort }],
                env: [{ name: 'HTTP_PORT', value: String(service.httpPort) }],
                envFrom,
                resources: { requests: size.requests, limits: size.limits },
                startupProbe: probe('/healthz', 5, 36),
                livenessProbe: probe('/healthz', 10, 3),
                readinessProbe: probe('/readyz', 5, 3),
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    });
    if (!singletons.has(name)) {
      manifests.push({
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: meta(name, component),
        spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
      });
    }
    if (component !== 'stage') {
      manifests.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta(name, component),
        spec: { selector: labels, ports: [{ name: 'http', port: service.httpPort, targetPort: 'http' }] },
      });
    }
    const inputs = inputsOf(name);
    if (inputs.length > 0) {
      const maxPartitions = Math.max(...inputs.map((topic) => topicSpec(topic).partitions));
      manifests.push(
        scaledObject(name, component, {
          minReplicaCount: 1,
          // More consumers than partitions would sit idle.
          maxReplicaCount: maxPartitions,
          cooldownPeriod: 300,
          triggers: inputs.map((topic) => ({
            type: 'kafka',
            metadata: {
              // Read from the scaled container's environment (the sluice-config ConfigMap).
              bootstrapServersFromEnv: 'KAFKA_BROKERS',
              consumerGroup: serviceGroupId(name),
              topic,
              lagThreshold: String(lagPerReplica[name] ?? 500),
              offsetResetPolicy: 'earliest',
            },
          })),
        }),
      );
    } else if (name === 'gateway') {
      manifests.push(scaledObject(name, component, { minReplicaCount: 2, maxReplicaCount: 10, triggers: [{ type: 'cpu', metricType: 'Utilization', metadata: { value: '70' } }] }));
    }
  }
  return manifests;
}

/** Multi-document YAML, as committed in deploy/kubernetes/sluice.yaml. */
export function manifestsYaml(manifests: readonly Manifest[]): string {
  return `# Generated by \`npx tsx packages/cli/scripts/render-manifests.ts\` from services/*/package.json and\n# the topic catalogue; do not edit by hand. See docs/deploy.md.\n${manifests.map((manifest) => stringify(manifest, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n')}`;
}
