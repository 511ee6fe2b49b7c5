/** `text` as a regular expression that matches it literally (no "u" flag needed). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
