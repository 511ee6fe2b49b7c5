/**
 * Whether a Jitsi room name is easy to guess. On a public server anyone who guesses the name
 * walks in, so "test", "meeting" or "yoga" are taken by strangers every day. A rule of thumb,
 * not a proof: short names, plain numbers, and names made of up to three common words (with a
 * number or year after them) count as guessable.
 */

const MIN_LENGTH = 10;
const MAX_COMMON_WORDS = 3;

// Words people use for rooms; lowercase, letters only.
const COMMON_WORDS = new Set(
  `meeting meetings meet test testing demo yoga team teams chat call calls room rooms class classes lesson lessons
  school church family friends group groups office work weekly daily monthly standup sync hello party book club board
  staff general public open private secret conference talk talks event events webinar workshop training meetup coffee
  lunch dinner home house music study project projects planning plan admin support help info news media press union
  student students teacher teachers parents kids youth women community network collective action activists campaign
  protest strike climate my our the new first main all hands catchup checkin jour fixe video online virtual live
  stream session committee council assembly plenary morning evening night week month year sunday monday tuesday
  wednesday thursday friday saturday love mom dad org hangout lounge space circle crew gang members
  member welcome lobby jitsi zoom skype interview review retro retrospective briefing brief update updates`.split(/\s+/),
);

/** The room of a Jitsi link: its last path segment, decoded ("/tenant/Room" → "Room"). */
export function jitsiRoomName(target: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Can `text` be cut into at most `max` words from COMMON_WORDS? */
function madeOfCommonWords(text: string, max: number): boolean {
  if (text === '') return true;
  if (max === 0) return false;
  for (let end = text.length; end > 0; end--) {
    if (COMMON_WORDS.has(text.slice(0, end)) && madeOfCommonWords(text.slice(end), max - 1)) return true;
  }
  return false;
}

export function isGuessableRoomName(room: string): boolean {
  const core = room.toLowerCase().replace(/[\s_.\-+]+/g, '');
  if (core.length < MIN_LENGTH) return true;
  if (/^\d+$/.test(core)) return core.length < 12;
  const words = core.replace(/\d{1,4}$/, '');
  return /^[a-z]+$/.test(words) && madeOfCommonWords(words, MAX_COMMON_WORDS);
}
