/** The readable rules page (lib/notice-types/RULES.md), generated from the specs by `npm run rules:doc`. */
import { DEADLINE_RULES } from '../deadlines/checks';
import { allSpecs } from '.';
import { type Recognition, severityOf } from './types';

/** A table cell: pipes and line breaks would break the Markdown table. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function recognition(r: Recognition): string {
  if ('kinds' in r) return `kind ${r.kinds.join(' / ')} in ${r.field === 'any' ? 'either field' : `the ${r.field} field`} (kinds.ts, topics.ts)`;
  const kind = r.kind ? `; kind words \`${cell(r.kind.source)}\`` : '; the topic’s default type';
  const unless = r.unless ? `, unless \`${cell(r.unless.source)}\`` : '';
  return `topic ${r.topic.name} \`${cell(r.topic.words.source)}\`${kind}${unless}`;
}

/** The whole page, as Markdown. */
export function renderRulesDoc(): string {
  const out: string[] = [
    '# Rules, as the engine applies them',
    '',
    '<!-- Generated from lib/notice-types/*.ts by `npm run rules:doc`. Do not edit: edit the spec and regenerate. -->',
    '',
    'One section per notice type (one spec file each). Items: key, labels, the source they rest on, its confidence',
    '(✔ article text read; ◐ secondary copy; ✖ unverified), the date the rule took effect (`since`: a notice published',
    'before it is "not required then"), and the severity of a missing item. Deadlines: the time rules checked for the type.',
    '',
    'To add a notice type: write `lib/notice-types/<type>.ts` with `defineNoticeType` and list it in `SPECS`',
    '(`lib/notice-types/index.ts`). To add an item: add one entry to its spec\'s `items`, finding it by cues from',
    '`lib/cues/` or a labelled value of a known kind. Then run `npm run rules:doc`.',
    '',
  ];
  for (const spec of allSpecs()) {
    out.push(`## ${spec.key} — ${spec.labelZh} / ${spec.labelEn}`, '');
    out.push(`Field of 97号: ${spec.field}. Recognised by: ${recognition(spec.recognise)}. Spec: \`lib/notice-types/${spec.key.replace('.', '-').replace(/_/g, '-')}.ts\`.`, '');
    if (spec.items.length === 0) out.push('No item rules.', '');
    else {
      out.push('| key | 中文 | English | source | confidence | since | severity |', '|---|---|---|---|---|---|---|');
      for (const i of spec.items) {
        const perParty = i.perParty ? ' (per candidate)' : '';
        out.push(`| ${i.key} | ${cell(i.labelZh)} | ${cell(i.labelEn)}${perParty} | ${cell(i.source)} | ${i.confidence} | ${i.since ?? '—'} | ${severityOf(i)} |`);
      }
      out.push('');
    }
    if (spec.deadlines.length === 0) out.push('Deadlines: none.', '');
    else {
      out.push('| deadline | required | source | since | severity |', '|---|---|---|---|---|');
      for (const name of spec.deadlines) {
        const d: { key: string; unit: string; required: number; source: string; since: string; advisory?: boolean } = DEADLINE_RULES[name];
        const unit = d.unit === 'working' ? 'working days' : 'days';
        out.push(`| ${d.key} | ≥ ${d.required} ${unit} | ${cell(d.source)} | ${d.since} | ${d.advisory ? 'advisory' : 'violation'} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
