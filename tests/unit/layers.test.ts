/**
 * The layers of the code, kept by a walk over the import graph (a small scanner, no dependency):
 * the engine (lib/analyze.ts and all it imports) touches no browser or storage API; nothing in lib/ imports
 * the extension's entrypoints or components; the content script carries no engine; no file in lib/ is long.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');
const MAX_LINES = 400;

/** Files in lib/ allowed over MAX_LINES: none (the deadline split emptied it). Add nothing here. */
const LONG_FILE_EXCEPTIONS = new Set<string>();

/** Packages that are browser or storage APIs: the engine must run in Node, a worker or a test alike. */
const BROWSER_PACKAGES = [/^dexie(\/|$)/, /^webextension-polyfill(\/|$)/, /^wxt(\/|$)/, /^@webext-core\//, /^fake-indexeddb(\/|$)/];
/** Globals of the browser and its storage (used as `x.` or `x[`). */
const BROWSER_GLOBALS = /(?<![\w$.'"`])(browser|chrome|indexedDB|localStorage|sessionStorage)\s*(\.|\[)/;

/** The source without comments, so that words in JSDoc are not read as code. */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

interface Import {
  spec: string;
  /** `import type` / `export type`: erased from the build, so no code of it runs. */
  typeOnly: boolean;
}

/** Module specifiers a TS source imports or re-exports (static, side-effect and dynamic imports). */
function importSpecifiers(src: string): Import[] {
  const code = stripComments(src);
  const out: Import[] = [];
  const statics = /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statics)) if (m[2]) out.push({ spec: m[2], typeOnly: Boolean(m[1]) });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) out.push({ spec: m[1], typeOnly: false });
  return out;
}

/** A relative specifier resolved to a file, or undefined when it is a package (bare specifier). */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve '${spec}'`);
}

interface Edges {
  files: { path: string; typeOnly: boolean }[];
  packages: { spec: string; typeOnly: boolean }[];
}

const cache = new Map<string, Edges>();
function edges(file: string): Edges {
  let e = cache.get(file);
  if (!e) {
    e = { files: [], packages: [] };
    if (/\.tsx?$/.test(file)) {
      for (const { spec, typeOnly } of importSpecifiers(readFileSync(file, 'utf8'))) {
        const local = resolveLocal(file, spec);
        if (local) e.files.push({ path: local, typeOnly });
        else e.packages.push({ spec, typeOnly });
      }
    }
    cache.set(file, e);
  }
  return e;
}

/**
 * Every file a module reaches through its imports, itself included, with who imported each first.
 * `runtime`: follow only imports that stay in the build (not `import type`).
 */
function closure(entry: string, { runtime = false } = {}): Map<string, string | undefined> {
  const seen = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const next of edges(file).files) {
      if ((runtime && next.typeOnly) || seen.has(next.path)) continue;
      seen.set(next.path, file);
      queue.push(next.path);
    }
  }
  return seen;
}

/** The packages a file imports (in the build only, with `runtime`). */
function packagesOf(file: string, { runtime = false } = {}): string[] {
  return edges(file)
    .packages.filter((p) => !(runtime && p.typeOnly))
    .map((p) => p.spec);
}

function rel(file: string): string {
  return relative(ROOT, file).split(sep).join('/');
}

function chain(reached: Map<string, string | undefined>, file: string): string {
  const path: string[] = [];
  for (let f: string | undefined = file; f; f = reached.get(f)) path.unshift(rel(f));
  return path.join(' → ');
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && statSync(file).isFile());
}

describe('import scanner', () => {
  it('finds static, type-only, re-export, side-effect and dynamic imports, not words in comments', () => {
    const src = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {\n  c,\n  d,\n} from "dexie";',
      "export * from './e';",
      "import './f';",
      "const g = await import('./g');",
      '/** importing x from "./not-a" in prose */',
      "// import { z } from './not-b';",
    ].join('\n');
    expect(importSpecifiers(src)).toEqual([
      { spec: './a', typeOnly: false },
      { spec: '../b', typeOnly: true },
      { spec: 'dexie', typeOnly: false },
      { spec: './e', typeOnly: false },
      { spec: './f', typeOnly: false },
      { spec: './g', typeOnly: false },
    ]);
  });
});

describe('layers', () => {
  const engine = closure(join(LIB, 'analyze.ts'));

  it('walks the whole engine (a scanner that finds nothing would prove nothing)', () => {
    const files = [...engine.keys()].map(rel);
    expect(files).toContain('lib/classify.ts');
    expect(files).toContain('lib/page/read.ts');
    expect(files.length).toBeGreaterThan(20);
  });

  it('the engine imports no browser or storage API, and nothing of lib/store or lib/capture', () => {
    const problems: string[] = [];
    for (const file of engine.keys()) {
      const r = rel(file);
      if (/^lib\/(store|capture)\//.test(r)) problems.push(`${chain(engine, file)}: storage or capture module`);
      for (const pkg of packagesOf(file)) {
        if (BROWSER_PACKAGES.some((re) => re.test(pkg))) problems.push(`${chain(engine, file)}: imports '${pkg}'`);
      }
      const global = stripComments(readFileSync(file, 'utf8')).match(BROWSER_GLOBALS);
      if (global) problems.push(`${chain(engine, file)}: uses the global '${global[1]}'`);
    }
    expect(problems).toEqual([]);
  });

  it('nothing in lib/ imports from entrypoints/ or components/', () => {
    const problems: string[] = [];
    for (const file of sourcesUnder(LIB)) {
      for (const { path } of edges(file).files) {
        if (/^(entrypoints|components)\//.test(rel(path))) problems.push(`${rel(file)} imports ${rel(path)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the content script carries no engine: it only reads the page and hands it to the background', () => {
    const content = closure(join(ROOT, 'entrypoints/content.ts'), { runtime: true });
    const problems: string[] = [];
    for (const file of content.keys()) {
      if (rel(file) === 'lib/analyze.ts') problems.push(chain(content, file));
      if (packagesOf(file, { runtime: true }).some((p) => /^cheerio(\/|$)/.test(p))) problems.push(`${chain(content, file)}: imports cheerio`);
    }
    expect(problems).toEqual([]);
  });

  it('extension pages read and write storage only through the background: no page code opens the database', () => {
    const problems: string[] = [];
    for (const page of ['popup', 'dashboard', 'evidence']) {
      const reached = closure(join(ROOT, `entrypoints/${page}/main.tsx`), { runtime: true });
      for (const file of reached.keys()) {
        if (rel(file) === 'lib/store/db.ts') problems.push(chain(reached, file));
        if (packagesOf(file, { runtime: true }).some((p) => /^dexie(\/|$)/.test(p))) problems.push(`${chain(reached, file)}: imports dexie`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`no file in lib/ is over ${MAX_LINES} lines`, () => {
    const long = sourcesUnder(LIB)
      .map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ file, lines }) => lines > MAX_LINES && !LONG_FILE_EXCEPTIONS.has(file))
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
