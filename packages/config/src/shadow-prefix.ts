import { SluiceError } from '@sluice/errors';

/**
 * The naming contract of shadow pipelines (design note, "Shadow testing"): a shadow named NAME runs
 * under SLUICE_TOPIC_PREFIX `shadow.NAME.`, its noise baseline under `shadow.NAME.baseline.`. Its
 * topics, consumer groups, registry subjects, pipeline state and audit namespace all carry that
 * prefix, so one prefix finds (and deletes) everything a shadow made.
 */
export const SHADOW_PREFIX_ROOT = 'shadow.';

/** Shadow names: lower-case letters, digits and dashes (no dots: a dot ends the name in the prefix). */
export const SHADOW_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `shadow.NAME.`; throws on a name that would not round-trip through `shadowOf`. */
export function shadowPrefix(name: string): string {
  if (!SHADOW_NAME.test(name)) throw new SluiceError('CONFIG', `shadow name ${JSON.stringify(name)} must match ${String(SHADOW_NAME)}`);
  return `${SHADOW_PREFIX_ROOT}${name}.`;
}

/** `shadow.NAME.baseline.`: the lane running production's configuration over the same records. */
export function baselinePrefix(name: string): string {
  return `${shadowPrefix(name)}baseline.`;
}

/** True for a shadow's prefix (either lane): the process must behave as a shadow (no side effects). */
export function isShadowPrefix(prefix: string): boolean {
  return shadowOf(prefix) !== null;
}

/** The shadow and lane a prefix (or a physical topic / group / subject name under it) belongs to. */
export function shadowOf(name: string): { name: string; lane: 'candidate' | 'baseline' } | null {
  const match = /^shadow\.([a-z0-9][a-z0-9-]{0,62})\.(baseline\.)?/.exec(name);
  if (!match) return null;
  return { name: match[1]!, lane: match[2] ? 'baseline' : 'candidate' };
}
