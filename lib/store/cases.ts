/** Cases (案件): named folders of captures with the user's notes. */
import { type CaseRow, db } from './db';

/** A case with the number of captures filed in it. */
export interface CaseSummary {
  id: number;
  name: string;
  notes: string;
  createdAt: string;
  captures: number;
}

/** Longest case name kept (names end up in file names and bundle manifests). */
export const CASE_NAME_MAX = 120;

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, CASE_NAME_MAX);
}

/** Create a case; an empty name is refused (returns undefined). */
export async function createCase(name: string, notes = ''): Promise<number | undefined> {
  const clean = cleanName(name);
  if (!clean) return undefined;
  const row: CaseRow = { name: clean, notes, createdAt: new Date().toISOString() };
  return (await db().cases.add(row)) as number;
}

/** Rename a case or change its notes; false for an unknown case or an empty name. */
export async function updateCase(id: number, patch: { name?: string; notes?: string }): Promise<boolean> {
  const changes: Partial<CaseRow> = {};
  if (patch.name !== undefined) {
    const clean = cleanName(patch.name);
    if (!clean) return false;
    changes.name = clean;
  }
  if (patch.notes !== undefined) changes.notes = patch.notes;
  const d = db();
  return d.transaction('rw', d.cases, async () => {
    if (!(await d.cases.get(id))) return false;
    if (Object.keys(changes).length > 0) await d.cases.update(id, changes);
    return true;
  });
}

/** A case by id. */
export async function caseById(id: number): Promise<CaseRow | undefined> {
  return db().cases.get(id);
}

/** Every case, oldest first, with its capture count. */
export async function listCases(): Promise<CaseSummary[]> {
  const d = db();
  const rows = await d.cases.orderBy('createdAt').toArray();
  return Promise.all(
    rows.map(async (c) => ({
      id: c.id as number,
      name: c.name,
      notes: c.notes,
      createdAt: c.createdAt,
      captures: await d.evidence.where('caseId').equals(c.id as number).count(),
    })),
  );
}
