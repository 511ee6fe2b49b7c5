/**
 * Translated sentences with elements inside (a link, a host name, a room name, catalogue text
 * marked as English): the whole sentence stays one message translators can reorder, and each
 * substitution comes back as the element given for it.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { t, uiLanguage } from '../../i18n/t';

/** Private-use characters stand in for the parts while the browser fills in the message. */
const MARK_BASE = 0xe000;
const MARKS = /([\uE000-\uE008])/;

/** `t(key, …)` with `parts` in place of $1 … $9, as children ready to render. */
export function tParts(key: string, parts: readonly ComponentChildren[]): ComponentChildren[] {
  const text = t(
    key,
    parts.map((_, i) => String.fromCharCode(MARK_BASE + i)),
  );
  return text
    .split(MARKS)
    .filter((piece) => piece !== '')
    .map((piece, i) => {
      const index = piece.length === 1 ? piece.charCodeAt(0) - MARK_BASE : -1;
      return <Fragment key={i}>{index >= 0 && index < parts.length ? parts[index] : piece}</Fragment>;
    });
}

/** Several elements as a list in the UI language ("A, B and C", "A، B و C"). */
export function listParts(items: readonly ComponentChildren[]): ComponentChildren[] {
  if (items.length <= 1) return [...items];
  const marks = items.map((_, i) => String.fromCharCode(MARK_BASE + i));
  let formatted: { type: string; value: string }[];
  try {
    formatted = new Intl.ListFormat([uiLanguage(), 'en'], { type: 'conjunction', style: 'long' }).formatToParts(marks);
  } catch {
    formatted = marks.flatMap((value, i) =>
      i === 0
        ? [{ type: 'element', value }]
        : [
            { type: 'literal', value: ', ' },
            { type: 'element', value },
          ],
    );
  }
  return formatted.map((part, i) => {
    const index = part.type === 'element' ? part.value.charCodeAt(0) - MARK_BASE : -1;
    return <Fragment key={i}>{index >= 0 ? items[index] : part.value}</Fragment>;
  });
}

/**
 * A translated sentence that contains catalogue text in English (`english`, substituted as it
 * is): that text gets lang="en", so a screen reader pronounces it as English in any UI language.
 */
export function withEnglish(text: string, english: string | null): ComponentChildren {
  const at = english ? text.indexOf(english) : -1;
  if (!english || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang="en">{english}</span>
      {text.slice(at + english.length)}
    </>
  );
}
