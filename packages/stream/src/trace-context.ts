import {
  ROOT_CONTEXT,
  SpanKind,
  isSpanContextValid,
  propagation,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';

/** Ingest time (ms since epoch, decimal) carried from the first stage to the last. */
export const INGESTED_AT_HEADER = 'sluice.ingested.at';
export const TRACEPARENT_HEADER = 'traceparent';

// https://www.w3.org/TR/trace-context/#traceparent-header-field-values (version 00)
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Trace context of an input record. A propagator registered by an OpenTelemetry SDK wins; without
 * one (the API alone propagates nothing) the W3C `traceparent` header is read here, so context
 * flows from input to output with or without an exporter. @opentelemetry/core's propagator is not
 * used because its peer range excludes @opentelemetry/api 1.10.
 */
export function extractTraceContext(headers: Readonly<Record<string, string>>): Context {
  const fromSdk = propagation.extract(ROOT_CONTEXT, headers);
  if (trace.getSpanContext(fromSdk)) return fromSdk;
  const match = TRACEPARENT.exec(headers[TRACEPARENT_HEADER] ?? '');
  if (!match) return ROOT_CONTEXT;
  const spanContext = { traceId: match[1]!, spanId: match[2]!, traceFlags: parseInt(match[3]!, 16), isRemote: true };
  return isSpanContextValid(spanContext) ? trace.setSpanContext(ROOT_CONTEXT, spanContext) : ROOT_CONTEXT;
}

export function injectTraceContext(context: Context, headers: Record<string, string>): void {
  propagation.inject(context, headers);
  if (headers[TRACEPARENT_HEADER]) return;
  const spanContext = trace.getSpanContext(context);
  if (!spanContext || !isSpanContextValid(spanContext)) return;
  headers[TRACEPARENT_HEADER] = `00-${spanContext.traceId}-${spanContext.spanId}-${spanContext.traceFlags.toString(16).padStart(2, '0')}`;
}

/**
 * A consumer span per input record, child of the record's trace. Without an SDK the API hands back
 * a non-recording span with the parent's ids, so outputs still carry the input's trace.
 */
export function startRecordSpan(service: string, topic: string, headers: Readonly<Record<string, string>>): { span: Span; context: Context } {
  const parent = extractTraceContext(headers);
  const span = trace
    .getTracer('@sluice/stream')
    .startSpan(`${topic} process`, { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'kafka', 'sluice.service': service } }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Ingest time of a record: its header when an earlier stage set one, else its own Kafka timestamp. */
export function ingestedAt(headers: Readonly<Record<string, string>>, timestamp: number): number {
  const header = Number(headers[INGESTED_AT_HEADER]);
  return Number.isFinite(header) && header > 0 ? header : timestamp;
}
