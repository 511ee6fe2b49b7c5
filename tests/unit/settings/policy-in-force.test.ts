/** The background never waits for the organisation's policy, and applies it once it is read. */
import { describe, expect, it, vi } from 'vitest';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from '../../../src/settings/managed-policy';
import { createPolicyInForce } from '../../../src/settings/policy-in-force';

describe('the policy in force', () => {
  it('is no policy until the slow first read answers, then the policy, announced once', async () => {
    let answer!: (policy: ManagedPolicy) => void;
    const changed = vi.fn();
    let onChange!: () => void;
    const policy = createPolicyInForce(
      () => new Promise((resolve) => (answer = resolve)),
      (listener) => (onChange = listener),
      changed,
    );
    expect(policy()).toBe(NO_POLICY);
    const set = parseManagedPolicy({ trustedServers: [{ host: 'meet.our-org.example', platform: 'jitsi' }] });
    answer(set);
    await Promise.resolve();
    await Promise.resolve();
    expect(policy()).toEqual(set);
    expect(changed).toHaveBeenCalledTimes(1);
    // The administrator changes nothing that matters: no announcement; a real change: one more.
    onChange();
    answer(parseManagedPolicy({ trustedServers: [{ host: 'meet.our-org.example', platform: 'jitsi' }] }));
    await Promise.resolve();
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(1);
    onChange();
    answer(parseManagedPolicy({ quietMode: true }));
    await Promise.resolve();
    await Promise.resolve();
    expect(policy().quietMode).toBe(true);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
