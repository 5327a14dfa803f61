import { describe, expect, it } from 'vitest';
import { parseUriParams, uriPath } from './uri-params.js';

describe('parseUriParams', () => {
  it('decodes as Go url.ParseQuery does and keeps repeated names in order', () => {
    expect(parseUriParams('/api/v1/namespaces/a/pods/b/exec?command=ls&command=-la+%2Ftmp&container=c&tty', 64)).toEqual({
      params: [{ name: 'command', values: ['ls', '-la /tmp'] }, { name: 'container', values: ['c'] }, { name: 'tty', values: [''] }], dropped: 0,
    });
    expect(parseUriParams('/x?a=%E2%9C%93&b=%zz%41&c=%41%', 64).params).toEqual([
      { name: 'a', values: ['✓'] }, { name: 'b', values: ['%zzA'] }, { name: 'c', values: ['A%'] },
    ]);
    expect(parseUriParams('/x', 64)).toEqual({ params: [], dropped: 0 });
    expect(parseUriParams('/x?a=1&&b=2#frag', 64).params.map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('counts the names past the limit; values of kept names still collect', () => {
    expect(parseUriParams('/x?a=1&b=2&c=3&a=4', 2)).toEqual({ params: [{ name: 'a', values: ['1', '4'] }, { name: 'b', values: ['2'] }], dropped: 1 });
  });

  it('uriPath drops the query and fragment', () => {
    expect(uriPath('/api/v1/pods?watch=1')).toBe('/api/v1/pods');
    expect(uriPath('/healthz#x')).toBe('/healthz');
    expect(uriPath('/version')).toBe('/version');
  });
});
