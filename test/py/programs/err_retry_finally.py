# Retries, finally ordering, return in finally, else clauses.
attempts = []

class TransientError(Exception):
    pass

def flaky(succeed_on):
    count = 0
    def call():
        nonlocal count
        count += 1
        attempts.append(count)
        if count < succeed_on:
            raise TransientError(f"attempt {count} failed")
        return f"ok after {count}"
    return call

def retry(fn, times):
    last = None
    for i in range(times):
        try:
            result = fn()
        except TransientError as e:
            print("  retrying:", e)
            last = e
        else:
            print("  success on try", i + 1)
            return result
        finally:
            print("  finally", i + 1)
    raise RuntimeError(f"gave up after {times}") from last

print(retry(flaky(3), 5))
try:
    retry(flaky(10), 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
print(attempts)

def order():
    events = []
    try:
        events.append("try")
        return events
    finally:
        events.append("finally")

print(order())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "loop ended"

print(finally_overrides(), swallow())

def nested():
    log = []
    try:
        try:
            log.append(1)
            raise KeyError("a")
        except KeyError:
            log.append(2)
            raise ValueError("b")
        finally:
            log.append(3)
    except ValueError as e:
        log.append(f"4:{e}")
    else:
        log.append("else")
    finally:
        log.append(5)
    return log

print(nested())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("no-break")
    return out

print(loop_break())
def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return "completed"
    return "broke"
print(while_else(3), while_else(20))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ConnectionError("down")
        break
    except ConnectionError as e:
        print("conn:", e, isinstance(e, OSError))
print("connected after", count)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)]) if False else TimeoutError("slow")
except OSError as e:
    print(type(e).__name__, e)
