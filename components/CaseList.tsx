import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { CaseSummary } from '../lib/store/cases';

/** What the case list asks its page to do (every write goes through the background). */
export interface CaseActions {
  busy: boolean;
  onCreate(name: string, notes: string): Promise<boolean>;
  onUpdate(id: number, patch: { name: string; notes: string }): Promise<boolean>;
  onExport(id: number): void;
}

function CaseItem({ c, actions }: { c: CaseSummary; actions: CaseActions }) {
  const [name, setName] = useState(c.name);
  const [notes, setNotes] = useState(c.notes);
  const dirty = name !== c.name || notes !== c.notes;
  return (
    <li class="case" data-case-id={c.id}>
      <label>
        <span>{t('caseName')}</span>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="case-name" />
      </label>
      <label>
        <span>{t('caseNotes')}</span>
        <textarea rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} data-testid="case-notes" />
      </label>
      <div class="row">
        <span class="muted">{c.captures ? t('caseCaptures', c.captures) : t('caseEmpty')}</span>
        <button
          type="button"
          disabled={!dirty || actions.busy || !name.trim()}
          onClick={() => void actions.onUpdate(c.id, { name, notes })}
          data-testid="case-save"
        >
          {t('caseSave')}
        </button>
        <button type="button" disabled={actions.busy || c.captures === 0} onClick={() => actions.onExport(c.id)} data-testid="export-case">
          {t('exportCase')}
        </button>
      </div>
    </li>
  );
}

/** Cases: create one, rename it, keep notes, export its captures as one bundle. */
export function CaseList({ cases, actions }: { cases: CaseSummary[]; actions: CaseActions }) {
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const create = async (e: Event) => {
    e.preventDefault();
    if (await actions.onCreate(name, notes)) {
      setName('');
      setNotes('');
    }
  };
  return (
    <div class="cases">
      {cases.length === 0 && <p class="muted">{t('casesEmpty')}</p>}
      <ul>
        {cases.map((c) => (
          <CaseItem key={c.id} c={c} actions={actions} />
        ))}
      </ul>
      <form class="case new-case" onSubmit={create}>
        <label>
          <span>{t('caseName')}</span>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="new-case-name" />
        </label>
        <label>
          <span>{t('caseNotes')}</span>
          <textarea rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} data-testid="new-case-notes" />
        </label>
        <div class="row">
          <button type="submit" disabled={actions.busy || !name.trim()} data-testid="create-case">
            {t('caseCreate')}
          </button>
        </div>
      </form>
    </div>
  );
}
