import { describe, expect, it } from 'vitest';
import { RebalanceNotice, requiresRejoin } from './rebalance-notice';

const kafkaError = (type: string) => Object.assign(new Error(type), { type });

describe('RebalanceNotice', () => {
  it('remembers the first heartbeat error that asks for a rejoin and rethrows it until the member has rejoined', () => {
    const notice = new RebalanceNotice();
    expect(() => notice.throwIfRejoining()).not.toThrow();
    const rebalancing = kafkaError('REBALANCE_IN_PROGRESS');
    notice.observe(rebalancing);
    notice.observe(kafkaError('ILLEGAL_GENERATION'));
    expect(() => notice.throwIfRejoining()).toThrow(rebalancing);
    expect(() => notice.throwIfRejoining()).toThrow(rebalancing);
    notice.rejoined();
    expect(() => notice.throwIfRejoining()).not.toThrow();
  });

  it('ignores errors that do not end the membership', () => {
    const notice = new RebalanceNotice();
    notice.observe(kafkaError('REQUEST_TIMED_OUT'));
    notice.observe(new Error('socket hang up'));
    notice.observe('REBALANCE_IN_PROGRESS');
    expect(() => notice.throwIfRejoining()).not.toThrow();
  });

  it('counts an expired session (unknown member) as a rejoin, like kafkajs’s runner', () => {
    expect(['REBALANCE_IN_PROGRESS', 'NOT_COORDINATOR_FOR_GROUP', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID'].map((type) => requiresRejoin(kafkaError(type)))).toEqual([true, true, true, true]);
    expect(requiresRejoin(kafkaError('LEADER_NOT_AVAILABLE'))).toBe(false);
  });
});
