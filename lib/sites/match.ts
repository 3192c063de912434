/** A small matcher for WebExtension match patterns (`<scheme>://<host>/<path>`), so Node code can use them. */

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

/** A compiled match pattern; `test` answers whether a URL falls under it. */
export interface CompiledPattern {
  pattern: string;
  test(url: URL): boolean;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

/** Compile a match pattern; throws on a pattern browsers would reject (so a bad site file fails its test). */
export function compilePattern(pattern: string): CompiledPattern {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`invalid match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = m;
  if (/:\d+$/.test(host)) throw new Error(`match patterns cannot carry a port: ${pattern}`);
  const pathRe = globToRegExp(path);
  return {
    pattern,
    test(url) {
      const proto = url.protocol.slice(0, -1);
      if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
      const h = url.hostname.toLowerCase();
      if (host !== '*') {
        if (host.startsWith('*.')) {
          const base = host.slice(2).toLowerCase();
          if (h !== base && !h.endsWith(`.${base}`)) return false;
        } else if (h !== host.toLowerCase()) return false;
      }
      return pathRe.test(url.pathname + url.search);
    },
  };
}
