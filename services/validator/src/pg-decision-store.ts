import type { DocumentProcessed } from '@sluice/contracts';
import type { DecisionPayload, DecisionStore, DocumentState } from './decision-store';
import { SluiceError } from '@sluice/errors';

export interface Queryable {
  query<R extends object>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

interface Row {
  document_id: string;
  tenant: string;
  kind: string;
  status: 'PENDING_REVIEW' | 'DECIDED';
  payload: DecisionPayload;
  first_record: string;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  decided_by_record: string | null;
  final_record: DocumentProcessed | null;
}

const columns = 'document_id, tenant, kind, status, payload, first_record, decision, decided_by_record, final_record';

function toState(row: Row): DocumentState {
  return {
    documentId: row.document_id,
    tenant: row.tenant,
    kind: row.kind,
    status: row.status,
    payload: row.payload,
    firstRecord: row.first_record,
    decision: row.decision,
    decidedByRecord: row.decided_by_record,
    finalRecord: row.final_record,
  };
}

/** `validator_documents` (migration 0007). Every write is one conditional statement. */
export class PgDecisionStore implements DecisionStore {
  constructor(
    private readonly db: Queryable,
    /** The topic prefix: a shadow pipeline decides its documents apart from production. */
    private readonly scope: string,
  ) {}

  async create(state: DocumentState): Promise<{ created: boolean; state: DocumentState }> {
    const inserted = await this.db.query<Row>(
      `INSERT INTO validator_documents (scope, document_id, tenant, kind, status, payload, first_record, decision, decided_by_record, final_record, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $5 = 'DECIDED' THEN now() END)
       ON CONFLICT (scope, document_id) DO NOTHING RETURNING ${columns}`,
      [
        this.scope,
        state.documentId,
        state.tenant,
        state.kind,
        state.status,
        JSON.stringify(state.payload),
        state.firstRecord,
        state.decision,
        state.decidedByRecord,
        state.finalRecord === null ? null : JSON.stringify(state.finalRecord),
      ],
    );
    const row = inserted.rows[0];
    if (row !== undefined) return { created: true, state: toState(row) };
    const existing = await this.get(state.documentId);
    if (existing === undefined) throw new SluiceError('INTERNAL', `validator_documents lost ${state.documentId} between insert and read`);
    return { created: false, state: existing };
  }

  async get(documentId: string): Promise<DocumentState | undefined> {
    const { rows } = await this.db.query<Row>(`SELECT ${columns} FROM validator_documents WHERE scope = $1 AND document_id = $2`, [this.scope, documentId]);
    return rows[0] === undefined ? undefined : toState(rows[0]);
  }

  async decide(documentId: string, recordKey: string, finalRecord: DocumentProcessed): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE validator_documents
       SET status = 'DECIDED', decision = $4, decided_by_record = $3, final_record = $5, decided_at = now()
       WHERE scope = $1 AND document_id = $2 AND status = 'PENDING_REVIEW'`,
      [this.scope, documentId, recordKey, finalRecord.decision, JSON.stringify(finalRecord)],
    );
    return rowCount === 1;
  }
}
