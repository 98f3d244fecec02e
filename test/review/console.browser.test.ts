import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { describe, expect } from 'vitest';
import { discoverServices, loadReferences, publishDocuments, superviseServices } from '@sluice/cli';
import { ensureTopics, planTopics, type DocumentIngested, type DocumentProcessed, type ReviewRequested } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { ApiClient, startReviewHarness } from '@sluice/testkit/review-harness';
import { generateDocuments } from '@sluice/samples';
import { integrationStack, kafkaTest as test, readUntil, uniqueName } from '@sluice/testkit';

const consoleRoot = join(repoRoot, 'services', 'review', 'console');
/** Screenshots of this test (git-ignored); docs/images/review-console.png is a committed copy of one. */
export const artifactsDir = join(repoRoot, 'test-artifacts', 'review-console');

/** Debian's Chromium, headless, with a fresh profile; playwright-core never downloads a browser. */
async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'sluice-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

describe('review console in a real browser', () => {
  test('a reviewer signs in, claims, corrects a field with the keyboard only, approves; the final record and the lineage show it', async ({ kafka, admin, prefix, serde }) => {
    mkdirSync(artifactsDir, { recursive: true });
    const consoleDir = mkdtempSync(join(tmpdir(), 'sluice-console-'));
    await build({ configFile: join(consoleRoot, 'vite.config.ts'), root: consoleRoot, logLevel: 'warn', build: { outDir: consoleDir, emptyOutDir: true } });

    const tenant = uniqueName('console');
    const { databaseUrl, kafkaBrokers, schemaRegistryUrl } = integrationStack();
    await loadReferences(join(repoRoot, 'samples', 'reference'), tenant);
    await ensureTopics(admin, planTopics(prefix));
    // Unique ids: the audit log (and so the lineage) is keyed by document id across prefixes.
    const documents = generateDocuments({ seed: 4242, count: 24, split: 'dev', tenant, errorRate: 0.5, duplicateRate: 0, mix: { invoice: 1, email: 0, ticket: 0 } }).map(
      (entry) => ({ ...(entry.document as DocumentIngested), id: `${tenant}-${entry.document.id}` }),
    );

    // The pipeline as `sluice up` runs it, minus the gateway and the review service (run in-process below, on a free port).
    const upstream = discoverServices(join(repoRoot, 'services')).filter((service) => !['gateway', 'review'].includes(service.name));
    const logs: string[] = [];
    const supervisor = superviseServices(upstream, {
      write: (text) => logs.push(text),
      env: { ...process.env, SLUICE_TOPIC_PREFIX: prefix, KAFKA_BROKERS: kafkaBrokers.join(','), SCHEMA_REGISTRY_URL: schemaRegistryUrl, DATABASE_URL: databaseUrl, HTTP_PORT: '0', LOG_LEVEL: 'warn' },
    });
    const review = await startReviewHarness({ kafka, serde, databaseUrl, consoleDir, policy: { slaMinutes: 240, fourEyes: [] } });
    const browser = await launchChromium();
    try {
      const reviewer = await review.addUser(uniqueName('rita'), 'reviewer', [tenant]);
      await publishDocuments(kafka, serde, documents);
      const requests = await readUntil<ReviewRequested>(kafka, serde, 'reviews.requested.v1', uniqueName('requests'), (records) => records.length > 0, 600_000);
      const api = await new ApiClient(review.baseUrl).signIn(reviewer.username, reviewer.password);
      const firstRequest = requests[0]!.value.documentId;
      // Wait until the service has queued it and stored the text beside it.
      for (const deadline = Date.now() + 120_000; ; ) {
        const entry = await api.get(`/api/reviews/${firstRequest}`);
        if (entry.status === 200 && entry.body.text) break;
        if (Date.now() > deadline) throw new Error(`review entry of ${firstRequest} not ready: ${entry.status}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }

      const page = await browser.context.newPage();
      await page.goto(review.baseUrl);
      await page.getByLabel('Username').fill(reviewer.username);
      await page.getByLabel('Password').fill(reviewer.password);
      await page.keyboard.press('Enter');
      await page.locator('table tbody tr').first().waitFor();
      await shot(page, '1-queue');

      // Keyboard only from here: open the first document, claim it, correct its first field, rationale, approve.
      await page.keyboard.press('Enter');
      await page.locator('section.fields').waitFor();
      const documentId = decodeURIComponent(new URL(page.url()).hash.replace('#/documents/', ''));
      await page.keyboard.press('c');
      await expect.poll(() => page.getByTestId('lease').textContent()).toContain(`held by ${reviewer.username}`);
      const field = (await page.locator('section.fields li.current').getAttribute('data-field'))!;
      const before = await page.locator('section.fields li.current input').inputValue();
      const corrected = `${before}-CHECKED`;
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.type('-CHECKED');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`section.fields li[data-field="${field}"] .was`).textContent()).toContain(before);
      await page.keyboard.press('r');
      const rationale = `read ${field} again against the original (${uniqueName('why')})`;
      await page.keyboard.type(rationale);
      await page.keyboard.press('Escape');
      await shot(page, '2-document-view');
      await page.keyboard.press('a');
      await expect.poll(() => page.getByTestId('lease').textContent(), { timeout: 30_000 }).toContain(`decided ACCEPTED by ${reviewer.username}`);
      await shot(page, '3-decided');

      // The one final record: decided by a person, with the reviewer, the rationale and the corrected value.
      const finals = await readUntil<DocumentProcessed>(
        kafka,
        serde,
        'documents.processed.v1',
        uniqueName('finals'),
        (records) => records.some((r) => r.value.documentId === documentId),
        120_000,
      );
      const final = finals.filter((r) => r.value.documentId === documentId);
      expect(final).toHaveLength(1);
      expect(final[0]!.value.decidedBy).toEqual({ actor: 'HUMAN', reviewer: reviewer.username, rationale });
      expect(final[0]!.value.fields.find((f) => f.name === field)).toMatchObject({ value: corrected, confidence: 1 });

      // The lineage view shows the review steps and the final record once the auditor has them.
      await page.keyboard.press('l');
      await page.locator('main.lineage').waitFor();
      for (const deadline = Date.now() + 120_000; ; ) {
        const approved = page.locator('tr[data-action="approved"]');
        const recorded = page.locator('tr[data-action="recorded documents.processed.v1"]');
        if ((await approved.count()) > 0 && (await recorded.count()) > 0) break;
        if (Date.now() > deadline) throw new Error('the lineage view never showed the approval and the final record');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await page.reload();
        await page.locator('main.lineage').waitFor();
      }
      await expect(page.locator('tr[data-action="approved"]').first().textContent()).resolves.toContain(reviewer.username);
      await expect(page.locator('tr[data-action="corrected"]').first().textContent()).resolves.toContain(field);
      await shot(page, '4-lineage');
    } finally {
      await browser.close();
      await review.stop();
      await supervisor.stop();
      rmSync(consoleDir, { recursive: true, force: true });
      if (process.env.E2E_LOGS) console.log(logs.join(''));
    }
    // The whole pipeline starts (model loading included) before the first review request exists.
  }, 600_000);
});
