// Writes deploy/kubernetes/sluice.yaml from services/*/package.json and the topic catalogue.
// Usage: npx tsx packages/cli/scripts/render-manifests.ts [--image ghcr.io/you/sluice:1.0.0]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@sluice/local-stack';
import { defaultManifestOptions, kubernetesManifests, manifestsYaml } from '../src/deploy/kubernetes-manifests';
import { discoverServices } from '../src/supervisor/service-discovery';

const imageFlag = process.argv.indexOf('--image');
const options = { ...defaultManifestOptions, ...(imageFlag > 0 && process.argv[imageFlag + 1] ? { image: process.argv[imageFlag + 1] } : {}) };
const target = join(repoRoot, 'deploy', 'kubernetes', 'sluice.yaml');
writeFileSync(target, manifestsYaml(kubernetesManifests(discoverServices(join(repoRoot, 'services')), options)));
process.stdout.write(`wrote ${target}\n`);
