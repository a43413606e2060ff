# Threads compile code while they run: exec, eval, a SyntaxError caught, and an import of a .py file. minipy's
# compiler runs on the Node main thread, and each worker calls it synchronously (src/vm/frontend.ts).
import threading

out = []


def work(i):
    ns = {}
    exec("y = %d * 2" % i, ns)
    out.append((i, ns["y"], eval("1 + %d" % i)))
    if i == 0:
        import helper_modx
        out.append(("helper_modx", helper_modx.VALUE + 1))
    try:
        exec("a b")
    except SyntaxError as e:
        out.append(("syntax", i, e.lineno, e.msg))


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for x in sorted(out, key=str):
    print(x)
