import type { ClaimStore } from '@sluice/pipeline';

/**
 * An in-memory stand-in for the claims table, answering the two statements claimDocuments sends
 * (insert-returning, then select the owners of the rest) and readiness' `SELECT 1`. For unit tests.
 */
export function memoryClaimStore(): ClaimStore & { claims: Map<string, string>; fail?: Error } {
  const claims = new Map<string, string>(); // `${scope}\u0000${id}` -> record key
  const store = {
    claims,
    fail: undefined as Error | undefined,
    query<R>(text: string, values: unknown[] = []): Promise<{ rows: R[] }> {
      if (store.fail) return Promise.reject(store.fail);
      const [scope, ids = [], keys = []] = values as [string, string[], string[]];
      if (/^\s*INSERT/i.test(text)) {
        const rows = ids.flatMap((id, i) => {
          const key = `${scope}\u0000${id}`;
          if (claims.has(key)) return [];
          claims.set(key, keys[i] ?? '');
          return [{ document_id: id, record_key: keys[i] }];
        });
        return Promise.resolve({ rows: rows as R[] });
      }
      if (/document_id = ANY/i.test(text)) {
        const rows = ids.filter((id) => claims.has(`${scope}\u0000${id}`)).map((id) => ({ document_id: id, record_key: claims.get(`${scope}\u0000${id}`) }));
        return Promise.resolve({ rows: rows as R[] });
      }
      return Promise.resolve({ rows: [] });
    },
  };
  return store;
}
