import { expect, it } from 'vitest';

/** A table test: every phrase of `matches` must match the pattern, every phrase of `rejects` must not. */
export function table(name: string, re: RegExp, matches: string[], rejects: string[]): void {
  it.each(matches)(`${name} matches %s`, (phrase) => expect(re.test(phrase)).toBe(true));
  it.each(rejects)(`${name} does not match %s`, (phrase) => expect(re.test(phrase)).toBe(false));
}
