import type { logCreator } from 'kafkajs';

/**
 * kafkajs's log for Sluice's processes (services, CLI verbs, tests): each entry one JSON line on
 * stderr, as kafkajs's console logger writes it, except the `[Connection] Response <Api>` entries.
 * kafkajs logs every refused request at ERROR, also the ones it retries and then completes
 * (NOT_LEADER_OR_FOLLOWER for a while after a topic is created); a call that finally fails throws,
 * and the caller reports it (a service's log, a verb's `sluice: <message>` and exit 1), so those
 * per-request lines repeat it or report nothing wrong. Pass as `logCreator` to `new Kafka`.
 * Format: kafkajs 2.2.4 src/loggers/console.js.
 */
export const kafkajsLogCreator: logCreator = () => ({ namespace, label, log }) => {
  if (namespace === 'Connection' && log.message.startsWith('Response ')) return;
  const prefix = namespace ? `[${namespace}] ` : '';
  process.stderr.write(`${JSON.stringify({ level: label, ...log, message: `${prefix}${log.message}` })}\n`);
};
