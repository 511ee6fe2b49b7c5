/**
 * The organisation's policy as a long-lived page (the background) knows it: read at start and
 * again whenever an administrator changes it, and never awaited by an answer. Chromium's first
 * read of managed storage after the browser starts takes seconds (3 to 5 s measured in Chromium
 * 156, while its policy service loads), and a page's config or toolbar report must not wait
 * for it: until it is read, the person's own settings apply, then the policy, announced by
 * `changed` like any change of settings.
 */
import { NO_POLICY, type ManagedPolicy } from './managed-policy';

const samePolicy = (a: ManagedPolicy, b: ManagedPolicy) => JSON.stringify(a) === JSON.stringify(b);

export function createPolicyInForce(read: () => Promise<ManagedPolicy>, watch: (onChange: () => void) => unknown, changed: () => void): () => ManagedPolicy {
  let current = NO_POLICY;
  const refresh = () =>
    void read().then((policy) => {
      if (samePolicy(policy, current)) return;
      current = policy;
      changed();
    });
  watch(refresh);
  refresh();
  return () => current;
}
