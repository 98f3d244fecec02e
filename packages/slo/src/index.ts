export { parseSloFile, readSloFile, sloFileSchema } from './slo-file';
export type { Slo, SloFile } from './slo-file';
export { sloRuleGroups, sloRulesYaml, burnRateWindows } from './burn-rate-rules';
export type { PrometheusRule, RuleGroup } from './burn-rate-rules';
