import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { egressReport, type EgressRow } from '@sluice/audit';
import { publishDocuments } from '@sluice/cli';
import { ensureTopics, planTopics, type DocumentEmbedded, type DocumentExtracted, type DocumentIngested } from '@sluice/contracts';
import { ensureDatabase, migrationsDir, runMigrations } from '@sluice/db';
import { createDefaultLocalExtractionModel, startModelSimulator, type RunningSimulator } from '@sluice/models';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { readAll, until } from '../e2e/e2e-helpers';
import { startPipeline } from '../support/pipeline-run';
import { forbiddenStrings, personalDocuments } from './personal-documents';

const CONSENT = 'DPA-2026-0042 (signed data-processing agreement)';

/** The strings of `forbidden` a request body shows, each as a whole word. */
function leaksIn(body: string, forbidden: readonly string[]): string[] {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return forbidden.filter((value) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, 'u').test(body));
}

/**
 * Issue 13's end-to-end check: extractor, embedder and auditor as `sluice up` runs them, with the
 * `simulator` profile (its endpoint is marked external) pointed at an in-process simulator that
 * logs every request, and a database of the test's own (a cold embedding cache: nothing is
 * answered from earlier runs). Per tenant policy: `deny` must send nothing at all; `redact` must
 * send no personal-data string of the documents in any chat or embedding request while the
 * extracted fields come back restored; `allow` sends and the audit trail carries the consent.
 */
describe('personal data and external endpoints (issue 13)', () => {
  let simulator: RunningSimulator;
  let privacyDir: string;
  const database = uniqueName('privacy_e2e').replace(/-/g, '_');
  const databaseUrl = (() => {
    const url = new URL(integrationStack().databaseUrl);
    url.pathname = `/${database}`;
    return url.toString();
  })();
  const tenants = { deny: uniqueName('deny'), redact: uniqueName('redact'), allow: uniqueName('allow') };

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await runMigrations(pool, migrationsDir).finally(() => pool.end());
    simulator = await startModelSimulator({ extraction: await createDefaultLocalExtractionModel() });
    privacyDir = await mkdtemp(join(tmpdir(), 'privacy-'));
    await writeFile(join(privacyDir, 'default.json'), JSON.stringify({ external: 'redact' }));
    await writeFile(join(privacyDir, `${tenants.deny}.json`), JSON.stringify({ external: 'deny' }));
    await writeFile(join(privacyDir, `${tenants.allow}.json`), JSON.stringify({ external: 'allow', consentReference: CONSENT }));
  });

  afterAll(async () => {
    await simulator?.close();
    await rm(privacyDir, { recursive: true, force: true });
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  });

  test('deny sends nothing; redact sends no personal data and extraction survives restoration; allow records its consent', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix));
    const { supervisor } = startPipeline(prefix, ['extractor', 'embedder', 'auditor'], {
      DATABASE_URL: databaseUrl,
      MODEL_PROFILE: 'simulator',
      SIMULATOR_BASE_URL: simulator.url,
      PRIVACY_DIR: privacyDir,
      // Whole document texts go to the embedding endpoint too, not only entity names.
      EMBED_DOCUMENT_TEXT: 'full',
    });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // The database is dropped with FORCE after the test: connections cut then are expected.
    pool.on('error', () => {});
    const documentsOf = (tenant: string): DocumentIngested[] =>
      personalDocuments.map((d) => ({
        id: `${tenant}-${d.key}`,
        tenant,
        kind: d.kind,
        source: { platform: 'mail-gateway', uri: null },
        contentType: 'text/plain',
        text: d.text,
        receivedAt: Date.now(),
        attributes: {},
      }));
    /** Waits until every document of `tenant` is embedded (the last stage here that calls a model). */
    const embeddedOf = async (tenant: string, count = personalDocuments.length) => {
      let embedded: DocumentEmbedded[] = [];
      await until(
        `the documents of ${tenant} to be embedded`,
        async () => {
          embedded = (await readAll<DocumentEmbedded>(kafka, serde, 'documents.embedded.v1', uniqueName('peek'), 1_000)).map((r) => r.value).filter((v) => v.tenant === tenant);
          return embedded.length >= count;
        },
        600_000,
        2_000,
      );
      return embedded;
    };
    const egressOf = async (tenant: string, minimum: (rows: EgressRow[]) => boolean) => {
      let rows: EgressRow[] = [];
      await until(`the audit trail to hold the egress of ${tenant}`, async () => minimum((rows = await egressReport(pool, { namespace: prefix, tenant }))), 120_000, 2_000);
      return rows;
    };
    const posts = () => simulator.log.entries.filter((entry) => entry.method === 'POST');

    try {
      // deny: the local chain only, nothing reaches the endpoint, each withheld call is audited.
      await publishDocuments(kafka, serde, documentsOf(tenants.deny));
      await embeddedOf(tenants.deny);
      expect(posts()).toEqual([]);
      const denied = await egressOf(tenants.deny, (rows) => rows.some((r) => r.task === 'extraction') && rows.some((r) => r.task === 'embedding'));
      expect(denied.every((row) => row.policy === 'deny' && row.outcome === 'withheld' && row.reasons['policy deny'] === row.calls)).toBe(true);
      expect(denied.find((row) => row.task === 'extraction')?.documents).toBe(personalDocuments.length);

      // redact: chat and embedding requests go out, with no personal-data string in any of them.
      await publishDocuments(kafka, serde, documentsOf(tenants.redact));
      await embeddedOf(tenants.redact);
      const chats = posts().filter((entry) => entry.path === '/v1/chat/completions');
      const embeddings = posts().filter((entry) => entry.path === '/v1/embeddings');
      expect(chats.length).toBeGreaterThanOrEqual(personalDocuments.length);
      expect(embeddings.length).toBeGreaterThan(0);
      const forbidden = forbiddenStrings(personalDocuments);
      expect(posts().flatMap((entry) => leaksIn(entry.body, forbidden))).toEqual([]);
      // The log does hold the documents' business content: the check above looked at real requests.
      expect(chats.some((entry) => entry.body.includes('NM-2026-0412'))).toBe(true);
      expect(embeddings.some((entry) => entry.body.includes('Nordlicht Möbel GmbH'))).toBe(true);

      // Extraction after restoration: the original values, not placeholders.
      const extracted = (await readAll<DocumentExtracted>(kafka, serde, 'documents.extracted.v1', uniqueName('fields'), 1_000)).map((r) => r.value);
      for (const document of personalDocuments) {
        const record = extracted.find((value) => value.documentId === `${tenants.redact}-${document.key}`);
        expect(record?.model.model, document.key).toMatch(/^sim-/);
        const fields = Object.fromEntries((record?.fields ?? []).map((field) => [field.name, field.value]));
        expect(fields, document.key).toMatchObject(document.expected);
        expect(JSON.stringify(fields), document.key).not.toMatch(/\[[A-Z_]+_\d+\]/);
      }
      const redacted = await egressOf(tenants.redact, (rows) => rows.some((r) => r.task === 'extraction' && r.documents === personalDocuments.length) && rows.some((r) => r.task === 'embedding'));
      const extraction = redacted.find((row) => row.task === 'extraction' && row.outcome === 'sent');
      expect(extraction).toMatchObject({ endpoint: 'simulator', policy: 'redact', consentReference: null });
      for (const type of ['PERSON', 'ADDRESS', 'EMAIL', 'PHONE', 'IBAN', 'CARD', 'NATIONAL_ID', 'DATE_OF_BIRTH', 'PASSPORT', 'IP_ADDRESS']) {
        expect(extraction?.redactions[type], type).toBeGreaterThan(0);
      }
      expect(redacted.find((row) => row.task === 'embedding' && row.outcome === 'sent')?.redactions.PERSON).toBeGreaterThan(0);

      // allow: sent as written, on the strength of the consent the audit trail names.
      await publishDocuments(kafka, serde, documentsOf(tenants.allow).slice(0, 1));
      await embeddedOf(tenants.allow, 1);
      const allowed = await egressOf(tenants.allow, (rows) => rows.some((r) => r.task === 'extraction'));
      expect(allowed.every((row) => row.policy === 'allow' && row.consentReference === CONSENT)).toBe(true);
      expect(allowed.find((row) => row.task === 'extraction')).toMatchObject({ outcome: 'sent', redactions: {} });
    } finally {
      await pool.end();
      await supervisor.stop();
    }
  }, 900_000);
});
