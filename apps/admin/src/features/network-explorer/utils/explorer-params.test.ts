import { describe, expect, it } from 'vitest';
import {
  aroundVariables,
  explorerSearch,
  GRAPH_LIMIT,
  LINK_KINDS,
  parseExplorerParams,
} from './explorer-params';

const parse = (query: string) => parseExplorerParams(new URLSearchParams(query));

describe('the explorer’s address', () => {
  it('starts with no focus, depth 1 and every kind of link', () => {
    expect(parse('')).toEqual({ focus: null, depth: 1, kinds: LINK_KINDS });
    expect(aroundVariables(parse(''))).toBeNull();
  });

  it('reads a company or contact focus, a depth and the kinds chosen', () => {
    expect(parse('focus=abc&kind=contact&depth=3&links=KNOWS,REFERRED')).toEqual({
      focus: { id: 'abc', kind: 'contact' },
      depth: 3,
      kinds: ['REFERRED', 'KNOWS'],
    });
    // A focus without a kind is a company, the way other pages link here.
    expect(parse('focus=abc').focus).toEqual({ id: 'abc', kind: 'company' });
  });

  it('falls back to the defaults on anything it does not know', () => {
    expect(parse('focus=%20&depth=9&links=FRIENDS')).toEqual({
      focus: null,
      depth: 1,
      kinds: [],
    });
    expect(parse('depth=0').depth).toBe(1);
  });

  it('writes the params back, leaving the defaults out', () => {
    const params = parse('focus=abc&kind=contact&depth=3&links=REFERRED');
    expect(explorerSearch(params).toString()).toBe('focus=abc&kind=contact&depth=3&links=REFERRED');
    expect(explorerSearch(parse('focus=abc')).toString()).toBe('focus=abc&kind=company');
    expect(parseExplorerParams(explorerSearch(params))).toEqual(params);
  });

  it('asks the API for the focus, by kind, sending no kinds when all are shown', () => {
    expect(aroundVariables(parse('focus=abc'))).toEqual({
      center: { companyId: 'abc' },
      depth: 1,
      kinds: null,
      limit: GRAPH_LIMIT,
    });
    expect(aroundVariables(parse('focus=p1&kind=contact&links=WORKS_WITH&depth=2'))).toEqual({
      center: { contactId: 'p1' },
      depth: 2,
      kinds: ['WORKS_WITH'],
      limit: GRAPH_LIMIT,
    });
  });

  it('asks nothing while every kind is unticked (the API would read that as all)', () => {
    expect(aroundVariables(parse('focus=abc&links='))).toBeNull();
  });
});
