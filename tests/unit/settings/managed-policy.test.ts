/**
 * An organisation's policy (storage.managed, issue 14): read entry by entry from whatever an
 * administrator wrote, laid over the person's own settings without changing them.
 */
import { describe, expect, it } from 'vitest';
import { NO_POLICY, parseManagedPolicy, withPolicy } from '../../../src/settings/managed-policy';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

describe("an organisation's policy", () => {
  it('keeps the valid servers of a hand-written policy, leaves out the rest, and turns quiet mode on only for true', () => {
    expect(
      parseManagedPolicy({
        trustedServers: [
          { host: ' Meet.Our-Org.example ', platform: 'jitsi' },
          { host: 'bbb.our-org.example', platform: 'bigbluebutton' },
          { host: 'meet.our-org.example', platform: 'jitsi' }, // twice
          { host: 'not a host', platform: 'jitsi' },
          { host: 'zoom.example', platform: 'zoom' },
          'meet.string.example',
          null,
        ],
        quietMode: 'yes',
        unknownKey: 1,
      }),
    ).toEqual({
      trustedServers: [
        { host: 'meet.our-org.example', platform: 'jitsi' },
        { host: 'bbb.our-org.example', platform: 'bigbluebutton' },
      ],
      quietMode: null,
    });
    expect(parseManagedPolicy({ quietMode: true }).quietMode).toBe(true);
  });

  it('is no policy when storage holds nothing usable', () => {
    for (const raw of [undefined, null, {}, [], 'text', 7, { trustedServers: 'meet.example.org' }]) expect(parseManagedPolicy(raw)).toEqual(NO_POLICY);
  });

  it("lays the organisation's servers and quiet mode over the person's own, which stay as they are", () => {
    const own = {
      ...DEFAULT_SETTINGS,
      trustedServers: [
        { host: 'meet.mine.example', platform: 'jitsi' as const },
        { host: 'meet.our-org.example', platform: 'jitsi' as const },
      ],
    };
    const policy = parseManagedPolicy({ trustedServers: [{ host: 'meet.our-org.example', platform: 'jitsi' }], quietMode: true });
    const inForce = withPolicy(own, policy);
    expect(inForce.trustedServers).toEqual([
      { host: 'meet.our-org.example', platform: 'jitsi', managed: true },
      { host: 'meet.mine.example', platform: 'jitsi' },
    ]);
    expect(inForce.quietMode).toBe(true);
    expect(own.trustedServers).toHaveLength(2);
    expect(own.quietMode).toBe(false);
    expect(withPolicy(own, NO_POLICY)).toBe(own);
  });
});

describe("a server the organisation's policy trusts, on the card", () => {
  it('says the organisation trusts it, not the person', async () => {
    const { bundledIndex } = await import('../../../src/recognise/bundled-index');
    const { cardFor } = await import('../../../src/ui/popup/card-model');
    const { withoutIsolates } = await import('../../../src/i18n/t');
    const inForce = withPolicy(DEFAULT_SETTINGS, parseManagedPolicy({ trustedServers: [{ host: 'meet.our-org.example', platform: 'jitsi' }] }));
    const card = cardFor(bundledIndex(), 'https://meet.our-org.example/PlanningCircle2026', inForce);
    expect(card.level).toBe('ok');
    expect(withoutIsolates(card.reasons[0]!)).toBe('Your organisation trusts meet.our-org.example as a Jitsi Meet server.');
    expect(card.server).toMatchObject({ trusted: true, trustedByOrganisation: true });
    const mine = cardFor(bundledIndex(), 'https://meet.our-org.example/PlanningCircle2026', {
      trustedServers: [{ host: 'meet.our-org.example', platform: 'jitsi' }],
    });
    expect(withoutIsolates(mine.reasons[0]!)).toBe('You marked meet.our-org.example as a Jitsi Meet server you trust.');
  });
});
