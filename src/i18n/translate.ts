/**
 * Message look-up in the browser's own i18n format (_locales/<lang>/messages.json), usable
 * outside the browser too (CLI, tests) by reading a messages file directly.
 */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

/** Same rules as browsers: $NAME$ → the placeholder's content, $1..$9 → substitutions, $$ → $. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const content = byName.get(name.toLowerCase());
      return content === undefined ? whole : numbered(content);
    })
    .replace(/\$\$/g, '$');
}

export function translatorFromMessages(messages: Messages): Translate {
  // A message without substitutions is the same string every time: formatted once (the CLI
  // asks for "not an invite link" once per line it reads).
  const plain = new Map<string, string>();
  return (key, substitutions) => {
    if (!substitutions?.length) {
      let text = plain.get(key);
      if (text === undefined) {
        const entry = messages[key];
        text = entry ? formatMessage(entry) : key;
        plain.set(key, text);
      }
      return text;
    }
    const entry = messages[key];
    return entry ? formatMessage(entry, substitutions) : key;
  };
}

/** The browser's translation, falling back to `fallback` for a key the browser does not know. */
export function browserTranslator(getMessage: (key: string, substitutions?: string[]) => string, fallback: Translate): Translate {
  return (key, substitutions) => getMessage(key, substitutions ? [...substitutions] : undefined) || fallback(key, substitutions);
}
