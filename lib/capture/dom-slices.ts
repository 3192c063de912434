/**
 * The page's HTML as document.documentElement.outerHTML gives it, but built and handed on in slices of a
 * few milliseconds with the page's thread handed back in between: one outerHTML of a 5 MB page is a task of
 * hundreds of milliseconds, which janks the page (Chrome counts anything over 50 ms as a long task).
 * Follows the HTML fragment serialisation algorithm, so the string equals outerHTML when the DOM does not
 * change meanwhile. Runs in the content script (DOM only, no extension API).
 */

/** Work done in one slice before the thread is handed back. */
const SLICE_MS = 4;
/** An element with more descendants than this is serialised child by child, else by one outerHTML. */
const SMALL_SUBTREE = 200;
/** Text of these elements is written as it is, not escaped (the serialisation algorithm's list). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Hand the thread back to the page: a new task (MessageChannel: no timer clamping). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The start tag and end tag of an element as outerHTML writes them ('' end tag for a void element). */
function tags(el: Element): [string, string] {
  const shallow = (el.cloneNode(false) as Element).outerHTML;
  const end = `</${el.namespaceURI === HTML_NS ? el.localName : el.tagName}>`;
  return shallow.endsWith(end) ? [shallow.slice(0, -end.length), end] : [shallow, ''];
}

/** One child node as the serialisation algorithm writes it, when it is not an element to descend into. */
function leaf(node: Node, parent: Element): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data;
    return parent.namespaceURI === HTML_NS && RAW_TEXT.has(parent.localName) ? data : escapeText(data);
  }
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  if (node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) {
    const pi = node as ProcessingInstruction;
    return `<?${pi.target} ${pi.data}>`;
  }
  if (node.nodeType === Node.ELEMENT_NODE) return (node as Element).outerHTML;
  return '';
}

/**
 * A large element: worth descending into (a template's content is not among its children: never). Counts
 * descendants only up to the bound, so that asking costs little even for the root of a huge page.
 */
function large(el: Element): boolean {
  if (el.localName === 'template') return false;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
  for (let n = 0; walker.nextNode(); ) if (++n > SMALL_SUBTREE) return true;
  return false;
}

/**
 * Stream document.documentElement.outerHTML in slices: `onChunk` gets it in pieces of about `chunkChars`
 * characters, in order (each call inside a slice, so that sending it counts towards the slice). Stops once
 * more than `maxChars` are out; the receiver cuts at maxChars.
 */
export async function streamOuterHtml(
  root: Element,
  opts: { maxChars: number; chunkChars: number; onChunk: (chunk: string) => void },
): Promise<void> {
  let buffer: string[] = [];
  let buffered = 0;
  let length = 0;
  let sliceStart = performance.now();
  const flush = () => {
    if (buffered > 0) opts.onChunk(buffer.join(''));
    buffer = [];
    buffered = 0;
  };
  const push = (s: string) => {
    buffer.push(s);
    buffered += s.length;
    length += s.length;
    if (buffered >= opts.chunkChars) flush();
  };
  const walk = async (el: Element): Promise<void> => {
    const [start, end] = tags(el);
    push(start);
    // The live list, one index at a time: copying a huge table body's rows into an array would be one long
    // step of its own, and a page script that removes a node meanwhile costs a node, not the rest.
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as ChildNode;
      if (length > opts.maxChars) return;
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
      if (child.nodeType === Node.ELEMENT_NODE && large(child as Element)) await walk(child as Element);
      else push(leaf(child, el));
    }
    push(end);
  };
  await walk(root);
  flush();
}
