# skip: helper module with a syntax error, imported by syntax_import.py
x = 1
y = (x +
