/**
 * Query parameters of a Kubernetes request URI (`/api/v1/namespaces/default/pods/web/exec?command=sh&command=-c&…`),
 * decoded as Go's `url.ParseQuery` does (`+` is a space, `%XX` escapes), every value kept in order
 * so a repeated `command` keeps its argv.
 */

/** One parameter name with its values in URI order. */
export interface UriParam {
  readonly name: string;
  readonly values: string[];
}

/** Parameters parsed from one URI; `dropped` counts parameters past `maxParams`. */
export interface UriParams {
  readonly params: UriParam[];
  readonly dropped: number;
}

/** `%XX` escapes and `+`; a malformed escape is kept as written (Go would reject the pair). */
function decodeQueryComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // `%zz` or a lone surrogate: decode what can be decoded, escape by escape
    return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try { return decodeURIComponent(run); } catch { return run; }
    });
  }
}

/** The query parameters of `uri` (nothing when it has no `?`), at most `maxParams` names. */
export function parseUriParams(uri: string, maxParams: number): UriParams {
  const start = uri.indexOf('?');
  if (start < 0) return { params: [], dropped: 0 };
  const end = uri.indexOf('#', start);
  const query = uri.slice(start + 1, end < 0 ? undefined : end);
  const byName = new Map<string, UriParam>();
  let dropped = 0;
  for (const pair of query.split(/[&;]/)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeQueryComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeQueryComponent(pair.slice(eq + 1));
    const known = byName.get(name);
    if (known) { known.values.push(value); continue; }
    if (byName.size >= maxParams) { dropped++; continue; }
    byName.set(name, { name, values: [value] });
  }
  return { params: [...byName.values()], dropped };
}

/** The path part of a request URI (no query, no fragment). */
export function uriPath(uri: string): string {
  const cut = uri.search(/[?#]/);
  return cut < 0 ? uri : uri.slice(0, cut);
}
