import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../../lib/notice-types/rules-doc';

describe('the generated rules page', () => {
  it('is current: run `npm run rules:doc` after editing a spec', () => {
    const committed = readFileSync(resolve(__dirname, '../../../lib/notice-types/RULES.md'), 'utf8');
    expect(committed, 'lib/notice-types/RULES.md is stale: run `npm run rules:doc`').toBe(renderRulesDoc());
  });

  it('lists every item and every deadline of every type', () => {
    const page = renderRulesDoc();
    expect(page).toContain('| candidates.objection | 提出异议的渠道和方式 |');
    expect(page).toContain('| deadline.gp_contract_publish | ≥ 2 working days |');
    expect(page).toContain('## housing.construction');
  });
});
