# Tokenizer + recursive-descent parser + evaluator for arithmetic expressions with variables.
class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}:{self.text}"

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens.append(Token('num', src[i:j]))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(Token('name', src[i:j]))
            i = j
        elif src.startswith('**', i):
            tokens.append(Token('op', '**'))
            i += 2
        elif ch in '+-*/%()=,':
            tokens.append(Token('op', ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token('end', ''))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos]

    def take(self, text=None):
        tok = self.toks[self.pos]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok.text!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek().kind == 'name' and self.toks[self.pos + 1].text == '=':
            name = self.take().text
            self.take('=')
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()

    def expr(self):
        val = self.term()
        while self.peek().text in ('+', '-'):
            op = self.take().text
            rhs = self.term()
            val = val + rhs if op == '+' else val - rhs
        return val

    def term(self):
        val = self.factor()
        while self.peek().text in ('*', '/', '%'):
            op = self.take().text
            rhs = self.factor()
            if op == '*':
                val *= rhs
            elif op == '/':
                val /= rhs
            else:
                val %= rhs
        return val

    def factor(self):
        if self.peek().text == '-':
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().text == '**':
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return float(tok.text) if '.' in tok.text else int(tok.text)
        if tok.kind == 'name':
            if self.peek().text == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().text == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                return FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise NameError(f"undefined variable {tok.text!r}")
            return self.env[tok.text]
        if tok.text == '(':
            v = self.expr()
            self.take(')')
            return v
        raise SyntaxError(f"unexpected token {tok!r}")

FUNCS = {'max': max, 'min': min, 'abs': abs, 'sqrt': lambda x: x ** 0.5}
env = {}
program = ["x = 3", "y = x * (2 + 4) - 1", "y ** 2 % 7", "z = -x ** 2", "max(x, y, z) / 4",
           "sqrt(16) + abs(-2.5)", "2 ** 3 ** 2", "10 / 4 * 2", "1 / 0", "w + 1", "3 $ 4", "(1 + 2",
           "min(1,)"]
for line in program:
    try:
        print(f"{line:<22} => {Parser(tokenize(line), env).statement()!r}")
    except ZeroDivisionError as e:
        print(f"{line:<22} => ZeroDivisionError: {e}")
    except (NameError, SyntaxError) as e:
        print(f"{line:<22} => {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 = 2.5*b"))
