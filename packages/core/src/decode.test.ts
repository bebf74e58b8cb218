import { describe, expect, it } from 'vitest';
import {
  array,
  boolean,
  decodeWith,
  integer,
  isoDate,
  isoDateOrDateTime,
  isRecord,
  object,
  oneOf,
  refine,
  text,
} from './decode';

describe('decoders', () => {
  it('check primitives', () => {
    expect(text({ min: 1 })('hi', 'x').ok).toBe(true);
    expect(text({ min: 1 })('  ', 'x')).toEqual({
      ok: false,
      error: [{ path: 'x', message: 'must not be empty' }],
    });
    expect(text({ max: 2 })('abc', 'x').ok).toBe(false);
    expect(text()(3, 'x').ok).toBe(false);
    expect(oneOf(['a', 'b'])('b', 'x').ok).toBe(true);
    expect(oneOf(['a', 'b'])('c', 'x').ok).toBe(false);
    expect(integer(0, 3)(3, 'x').ok).toBe(true);
    expect(integer(0, 3)(1.5, 'x').ok).toBe(false);
    expect(integer(0, 3)(4, 'x').ok).toBe(false);
    expect(boolean(false, 'x').ok).toBe(true);
    expect(boolean('no', 'x').ok).toBe(false);
    expect(isoDate('2025-01-01', 'x').ok).toBe(true);
    expect(isoDate('2025-01-01T00:00Z', 'x').ok).toBe(false);
    expect(isoDateOrDateTime('2025-01-01T00:00Z', 'x').ok).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord({})).toBe(true);
  });

  it('collects every issue with its path', () => {
    const decoder = object({ a: integer(0, 1), list: array(text({ min: 1 })) }, { note: text() });
    const result = decoder({ a: 5, list: ['ok', ''], note: 1 }, 'root');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((issue) => issue.path)).toEqual(['root.a', 'root.list[1]', 'root.note']);
  });

  it('drops unknown fields, treats null optionals as absent and reports missing ones', () => {
    const decoder = object({ a: integer(0, 1) }, { b: text() });
    expect(decoder({ a: 1, b: null, extra: true }, 'r')).toEqual({ ok: true, value: { a: 1 } });
    expect(decoder({}, 'r')).toEqual({ ok: false, error: [{ path: 'r.a', message: 'is required' }] });
    expect(decoder('nope', 'r').ok).toBe(false);
  });

  it('bounds arrays', () => {
    expect(array(integer(0, 9), { min: 1 })([], 'r').ok).toBe(false);
    expect(array(integer(0, 9), { max: 1 })([1, 2], 'r').ok).toBe(false);
    expect(array(integer(0, 9))('x', 'r').ok).toBe(false);
  });

  it('refines only valid shapes and folds issues into a typed error', () => {
    const even = refine(integer(0, 10), (n, path) =>
      n % 2 === 0 ? undefined : { path, message: 'must be even' },
    );
    expect(even(4, 'n').ok).toBe(true);
    expect(even(3, 'n')).toEqual({ ok: false, error: [{ path: 'n', message: 'must be even' }] });
    const result = decodeWith(even, 'n', 11);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-value',
        message: 'n expected a whole number from 0 to 10',
        issues: [expect.anything()],
      },
    });
  });
});
