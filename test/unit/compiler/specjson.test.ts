// The frozen modules' code cache: a CodeSpec written as JSON and read back must be the same code (checked through
// its disassembly, which prints every constant), and a cached file for other source text must not be used.
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/lexer/index.js';
import { compile } from '../../../src/compiler/index.js';
import { disassemble } from '../../../src/vm/dis.js';
import { specToJson, specFromJson, sourceHash } from '../../../src/compiler/specjson.js';

const SOURCE = `
big = 123456789012345678901234567890
neg = -0.0, float('nan'), 1e999, -1e999
b = b'\\x00\\xffab'
fs = x in {1, 2, 3}
t = (1, (2.5, 'x'), None, True, ...)
def outer(a, *args, k=3, **kw):
    def inner():
        return a + k
    try:
        return [i * 2 for i in args if i > 0]
    except (ValueError, TypeError) as e:
        raise RuntimeError('no') from e
    finally:
        del kw
class C:
    def m(self): yield from range(3)
`;

describe('CodeSpec JSON', () => {
  test('round trip keeps every instruction, line, position and constant', () => {
    const spec = compile(parse(SOURCE, '<frozen t>'), '<frozen t>');
    const back = specFromJson(specToJson(spec));
    expect(disassemble(back)).toBe(disassemble(spec));
    expect(Array.from(back.positions!)).toEqual(Array.from(spec.positions!));
    expect(back.exceptiontable).toEqual(spec.exceptiontable);
    const consts = JSON.stringify(back.consts, (_k, v) => typeof v === 'bigint' ? `big:${v}` : Object.is(v, -0) ? '-0' : v);
    expect(consts).toContain('big:123456789012345678901234567890');
  });

  test('-0.0, NaN and the infinities survive (JSON has none of them)', () => {
    const spec = compile(parse('x = (-0.0, 1e999, -1e999)\n', '<t>'), '<t>');
    const back = specFromJson(specToJson(spec));
    const tup = back.consts.find((c) => c.kind === 'tuple') as { items: { value: number }[] };
    expect(Object.is(tup.items[0].value, -0)).toBe(true);
    expect(tup.items[1].value).toBe(Infinity);
    expect(tup.items[2].value).toBe(-Infinity);
  });

  test('the source hash tells different sources apart', () => {
    expect(sourceHash('a = 1\n')).toBe(sourceHash('a = 1\n'));
    expect(sourceHash('a = 1\n')).not.toBe(sourceHash('a = 2\n'));
    expect(sourceHash('a = 1\n')).not.toBe(sourceHash('a = 1\n\n'));
  });
});
