import { readFileSync } from 'node:fs';
import { readNotice } from '../lib/page/read';
import { classify } from '../lib/classify';
for (const f of process.argv.slice(2)) {
  const c = readFileSync(f, 'utf8');
  const doc = f.endsWith('.txt') ? readNotice({ text: c, url: 'x' }) : readNotice({ html: c, url: 'x' });
  console.log('==', f, '\n title:', doc.title, '| type:', classify(doc), '| bodyFound', doc.bodyFound, doc.bodyIssue ?? '', '| lines', doc.lines.length, 'tables', doc.tables.length);
  console.log(doc.lines.slice(0, Number(process.env.N ?? 6)).map((l) => '   ' + l.text.slice(0, 150)).join('\n'));
}
