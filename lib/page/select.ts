/** The few simple selectors the reader needs, matched in one walk (css-select over a 5 MB page costs seconds). */
import type { AnyNode, Element } from 'domhandler';

/** One compound selector: tag, .class, #id, tag.class; a space means "inside". */
interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
}

function parseCompound(s: string): Compound {
  const tag = /^[a-z][a-z0-9]*/i.exec(s)?.[0]?.toLowerCase();
  const id = /#([\w-]+)/.exec(s)?.[1];
  const classes = [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string);
  return { ...(tag ? { tag } : {}), ...(id ? { id } : {}), classes };
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.name !== c.tag) return false;
  if (c.id && el.attribs.id !== c.id) return false;
  if (c.classes.length > 0) {
    const own = (el.attribs.class ?? '').split(/\s+/);
    if (!c.classes.every((cls) => own.includes(cls))) return false;
  }
  return true;
}

/** A selector such as "#mycontent .detail_content" as compounds, outermost first. */
function compile(selector: string): Compound[] {
  return selector.trim().split(/\s+/).map(parseCompound);
}

/** Does an element match a compiled selector? */
function matchesCompiled(el: Element, compiled: readonly Compound[]): boolean {
  const parts = compiled.slice();
  const last = parts.pop();
  if (!last || !matchesCompound(el, last)) return false;
  let node = el.parent as Element | null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const want = parts[i] as Compound;
    while (node && !(node.type === 'tag' && matchesCompound(node, want))) node = node.parent as Element | null;
    if (!node) return false;
    node = node.parent as Element | null;
  }
  return true;
}

/** Elements matching each selector, in document order, from one bounded walk of the tree. */
export function selectAll(root: AnyNode, selectors: readonly string[], limit = 400_000): Map<string, Element[]> {
  const found = new Map<string, Element[]>(selectors.map((s) => [s, []]));
  const compiled = selectors.map((s) => ({ s, c: compile(s) }));
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < limit) {
    const n = stack.pop() as AnyNode;
    const kids = (n as { children?: AnyNode[] }).children;
    if (n.type === 'tag') {
      for (const { s, c } of compiled) if (matchesCompiled(n as Element, c)) found.get(s)?.push(n as Element);
    }
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return found;
}
