import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks';
import { NOTICE_TYPES, RULES, rulesForType } from '../../lib/rules/catalog';

const RULES_MD = resolve(__dirname, '../../../shared/spec/rules.md');

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

  it.skipIf(!existsSync(RULES_MD))('has a rule for every item key and notice type in rules.md', () => {
    const md = readFileSync(RULES_MD, 'utf8');
    const itemKeys = new Set(
      [...md.matchAll(/\b((?:tender|candidates|result|gp|gpr|gpc|gpx|land|landr|min|minr|prop|propr|house)\.[a-z_]+)\b/g)].map(
        (m) => m[1] as string,
      ),
    );
    const known = new Set(RULES.map((r) => r.key));
    const typeNames = new Set(NOTICE_TYPES.map((t) => t.key));
    for (const key of itemKeys) if (!typeNames.has(key)) expect(known, `rules.md key ${key}`).toContain(key);
    const typeKeys = [...md.matchAll(/^\| ((?:construction|procurement|land|mineral|property|housing)\.[a-z]+|none) \|/gm)].map((m) => m[1]);
    const types = NOTICE_TYPES.map((t) => t.key);
    for (const t of typeKeys) expect(types, `notice type ${t}`).toContain(t);
  });

  it('lists the construction candidate items in the order of rules.md', () => {
    expect(rulesForType('construction.candidates').map((r) => r.key)).toEqual([
      'candidates.ranking', 'candidates.name', 'candidates.bid_price', 'candidates.quality', 'candidates.duration',
      'candidates.evaluation', 'candidates.project_lead', 'candidates.lead_certificate', 'candidates.lead_performance',
      'candidates.qualification', 'candidates.objection', 'candidates.period',
    ]);
  });
});
