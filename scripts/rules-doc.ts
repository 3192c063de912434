/** Write lib/notice-types/RULES.md from the specs (npm run rules:doc); a unit test fails when it is not current. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderRulesDoc } from '../lib/notice-types/rules-doc';

const target = resolve(import.meta.dirname, '../lib/notice-types/RULES.md');
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
