const levels: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const hidden = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'name', 'service', 'v']);

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** A pino JSON line as one short human line; anything else unchanged. */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = levels[Number(record.level)] ?? text(record.level ?? '');
  const extras = Object.entries(record)
    .filter(([key]) => !hidden.has(key))
    .map(([key, value]) => `${key}=${text(value)}`)
    .join(' ');
  return `${level.padEnd(5)} ${text(record.msg ?? '')}${extras ? `  ${extras}` : ''}`;
}
