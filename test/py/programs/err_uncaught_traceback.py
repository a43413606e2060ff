# exit: 1
# stderr-tail: bank.InsufficientFunds: balance 10 < 25
# An uncaught custom exception: output before it is flushed, then a traceback and exit status 1.
class InsufficientFunds(Exception):
    pass

InsufficientFunds.__module__ = "bank"

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} < {amount}")
    return balance - amount

b = 100
for amt in (40, 50, 25):
    b = withdraw(b, amt)
    print("balance now", b)
