import { describe, expect, it } from 'vitest';
import { isGuessableRoomName, jitsiRoomName } from '../../../../src/ui/popup/guessable-room';

describe('guessable Jitsi room names', () => {
  it.each([
    'test',
    'meeting',
    'yoga',
    'Test1',
    'abc',
    'TeamMeeting',
    'team-meeting-2024',
    'WeeklyMeeting',
    'our weekly meeting',
    'familycall',
    '12345',
    'demo_room',
    'hello',
  ])('%j is guessable', (room) => expect(isGuessableRoomName(room)).toBe(true));

  it.each(['SolidarityKitchenPlanning', 'ExtraordinaryPlatypusesSingLoudly', 'xq7-Lm2p-Zr9w', 'tenants-union-eastside-7f3k', '123456789012345'])(
    '%j is not',
    (room) => expect(isGuessableRoomName(room)).toBe(false),
  );

  it('reads the room from a link: the last path segment, decoded', () => {
    expect(jitsiRoomName('https://meet.jit.si/test#config.startWithAudioMuted=true')).toBe('test');
    expect(jitsiRoomName('https://8x8.vc/vpaas-magic-cookie-0123/Yoga')).toBe('Yoga');
    expect(jitsiRoomName('https://meet.jit.si/Solidarity%20Kitchen')).toBe('Solidarity Kitchen');
    expect(jitsiRoomName('https://meet.jit.si/')).toBeNull();
    expect(jitsiRoomName('not a url')).toBeNull();
  });
});
