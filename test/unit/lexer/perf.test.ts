// A 3000-line program must parse well under a few seconds (ohm costs ~0.3 ms/line warm; see node-facts §B6).
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/lexer/index.js';

const UNIT = `
class Point(Base, metaclass=Meta):
    """A point."""
    def __init__(self, x: int = 0, y: int = 0, *args, **kwargs) -> None:
        self.x, self.y = x, y
        self.items = [i * 2 for i in range(10) if i % 3 == 0]
        self.d = {k: v for k, v in kwargs.items()}

    def dist(self, other):
        if other is None or not isinstance(other, Point):
            raise TypeError(f"bad {other!r:>10}")
        elif self.x > 0 and (other.y <= 3 or self.x != other.x):
            return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
        else:
            try:
                with open("f") as fh, lock:
                    data = fh.read()[1:-1:2]
            except (OSError, ValueError) as e:
                print("error", e, sep=", ", end="\\n")
            finally:
                pass
        while True:
            x = lambda a, b=2: a + b
            break
        for i, (a, *b) in enumerate(zip(xs, ys)):
            total += a * -b[0] // 3 % 4 << 1 | 2 & 3 ^ 4
        return total
`;

describe('performance', () => {
  test('3000 lines parse in well under a few seconds', () => {
    const copies = Math.ceil(3000 / (UNIT.split('\n').length - 1));
    const src = UNIT.repeat(copies);
    expect(src.split('\n').length).toBeGreaterThanOrEqual(3000);
    parse(src, 'warm.py');
    const t = performance.now();
    const mod = parse(src, 'big.py');
    const ms = performance.now() - t;
    expect(mod.body.length).toBe(copies);
    expect(ms).toBeLessThan(2500);
  }, 20000);
});
