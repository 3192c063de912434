import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks';
import { DEADLINE_RULES } from '../../lib/deadlines/checks';
import { NOTICE_TYPES, RULES, rulesForType } from '../../lib/rules/catalog';

const RULES_MD = resolve(__dirname, '../../../shared/spec/rules.md');
/** rules.md keys not built yet (issue 9 empties it). */
const NOT_BUILT = resolve(__dirname, '../rules-md-not-built.json');

describe('rule catalogue', () => {
  it('gives every rule a label in both languages, a source and a check', () => {
    for (const rule of RULES) {
      expect(rule.labelZh, rule.key).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.labelEn, rule.key).toMatch(/[A-Za-z]/);
      expect(rule.source, rule.key).not.toBe('');
      expect(CHECKS[rule.key], `check for ${rule.key}`).toBeTypeOf('function');
    }
  });

  it('keeps keys unique and every check registered to a rule', () => {
    const keys = RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of Object.keys(CHECKS)) expect(keys, key).toContain(key);
  });

  it('makes rules resting only on unconfirmed sources advisory', () => {
    for (const rule of RULES) expect(rule.severity, rule.key).toBe(rule.confidence === '✔' ? 'violation' : 'advisory');
  });

  it.skipIf(!existsSync(RULES_MD))('has a rule for every item key, notice type and deadline key in rules.md', () => {
    const md = readFileSync(RULES_MD, 'utf8');
    const notBuilt = JSON.parse(readFileSync(NOT_BUILT, 'utf8')) as Record<'itemKeys' | 'noticeTypes' | 'deadlineKeys', string[]>;
    const typeNames = new Set(NOTICE_TYPES.map((t) => t.key));
    const itemKeys = new Set(
      [...md.matchAll(/\b((?:tender|candidates|result|gp|gpr|gpc|gpx|gps|land|landr|min|minr|prop|propr|house)\.[a-z_]+)\b/g)]
        .map((m) => m[1] as string)
        .filter((key) => !typeNames.has(key)),
    );
    const typeKeys = new Set(
      [...md.matchAll(/^\| ((?:construction|procurement|land|mineral|property|housing)\.[a-z_]+|none) \|/gm)].map((m) => m[1] as string),
    );
    const deadlineKeys = new Set([...md.matchAll(/\bdeadline\.[a-z_]+\b/g)].map((m) => m[0]));
    const built = {
      itemKeys: new Set(RULES.map((r) => r.key)),
      noticeTypes: typeNames,
      deadlineKeys: new Set<string>(Object.values(DEADLINE_RULES).map((r) => r.key)),
    };
    const wanted = { itemKeys, noticeTypes: typeKeys, deadlineKeys };
    for (const kind of ['itemKeys', 'noticeTypes', 'deadlineKeys'] as const) {
      const pending = new Set(notBuilt[kind]);
      for (const key of wanted[kind]) {
        if (pending.has(key)) expect(built[kind].has(key), `${key} is built: remove it from tests/rules-md-not-built.json`).toBe(false);
        else expect(built[kind].has(key), `rules.md ${kind} ${key} has no rule (nor is it listed as not built)`).toBe(true);
      }
      for (const key of pending) expect(wanted[kind].has(key), `${key} listed as not built but not in rules.md`).toBe(true);
    }
  });

  it('lists the construction candidate items in the order of rules.md', () => {
    expect(rulesForType('construction.candidates').map((r) => r.key)).toEqual([
      'candidates.ranking', 'candidates.name', 'candidates.bid_price', 'candidates.quality', 'candidates.duration',
      'candidates.evaluation', 'candidates.project_lead', 'candidates.lead_certificate', 'candidates.lead_performance',
      'candidates.qualification', 'candidates.objection', 'candidates.period',
    ]);
  });
});
