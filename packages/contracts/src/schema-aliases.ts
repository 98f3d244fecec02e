/**
 * Avro schema resolution matches named types (records, enums, fixed) by their unqualified name
 * (Avro 1.11 specification, "Schema Resolution": "both schemas are records with the same
 * (unqualified) name"); avsc compares full names and refuses a writer in another namespace with
 * `no alias found`. `withWriterAliases` gives every named type of the reader the full names of the
 * writer's types with the same unqualified name as aliases, so a producer whose schema is ours
 * under `com.acme.ingest` decodes (issue 12, input 4). An unqualified name the writer uses twice is
 * ambiguous and gets no alias.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NAMED = new Set(['record', 'error', 'enum', 'fixed']);

function fullName(name: string, namespace: string | undefined): string {
  return name.includes('.') || !namespace ? name : `${namespace}.${name}`;
}

function unqualified(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function namespaceOf(full: string): string | undefined {
  const at = full.lastIndexOf('.');
  return at < 0 ? undefined : full.slice(0, at);
}

/** Visits every named type definition with its full name (namespace inheritance as the spec says). */
function visitNamed(schema: Json, namespace: string | undefined, visit: (node: { [key: string]: Json }, full: string) => void): void {
  if (Array.isArray(schema)) {
    for (const branch of schema) visitNamed(branch, namespace, visit);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  const type = schema.type;
  if (typeof type === 'string' && NAMED.has(type) && typeof schema.name === 'string') {
    const own = typeof schema.namespace === 'string' ? schema.namespace : namespace;
    const full = fullName(schema.name, own);
    visit(schema, full);
    if (Array.isArray(schema.fields)) for (const field of schema.fields) if (field && typeof field === 'object' && !Array.isArray(field)) visitNamed(field.type ?? null, namespaceOf(full), visit);
    return;
  }
  if (type === 'array') visitNamed(schema.items ?? null, namespace, visit);
  else if (type === 'map') visitNamed(schema.values ?? null, namespace, visit);
  else if (type !== undefined && typeof type === 'object') visitNamed(type, namespace, visit);
}

/** A copy of `reader` whose named types alias the writer's types of the same unqualified name. */
export function withWriterAliases(reader: Json, writer: Json): Json {
  const writerNames = new Map<string, string[]>();
  visitNamed(writer, undefined, (_node, full) => {
    const list = writerNames.get(unqualified(full)) ?? [];
    list.push(full);
    writerNames.set(unqualified(full), list);
  });
  const copy = structuredClone(reader);
  visitNamed(copy, undefined, (node, full) => {
    const candidates = writerNames.get(unqualified(full));
    if (!candidates || candidates.length !== 1 || candidates[0] === full || !candidates[0]!.includes('.')) return;
    const aliases = Array.isArray(node.aliases) ? node.aliases : [];
    node.aliases = [...aliases, candidates[0]!];
  });
  return copy;
}
