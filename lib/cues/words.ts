/** Building patterns from word lists, so each concept's words are written once and combined. */

/** A non-capturing alternation of plain words (no regex metacharacters in them). */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** A pattern matching any of the words. */
export function wordsRe(words: readonly string[], flags = ''): RegExp {
  return new RegExp(words.join('|'), flags);
}
