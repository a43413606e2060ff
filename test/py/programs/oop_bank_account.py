# Bank account with validation, class counters, and transaction history.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance must be non-negative")
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid deposit amount: {amount}")
        self._balance += amount
        self.history.append(('deposit', amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)

    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self._balance})"

    def __str__(self):
        return f"#{self.id} {self.owner}: ${self._balance:,.2f}"

class SavingsAccount(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_allowed:
            raise RuntimeError("withdrawal limit reached")
        self.withdrawals += 1
        return super().withdraw(amount)

a = Account("alice", 100)
b = SavingsAccount("bob", 1000)
print(a, b, sep="\n")
print(repr(a), repr(b))
a.deposit(50).deposit(25)
a.withdraw(30)
print(a.balance, a.history)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("failed:", e, e.needed, e.available, e.args)
for bad in (0, -5):
    try:
        a.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Account("x", -1)
except ValueError as e:
    print(type(e).__name__, e)
b.transfer(a, 200)
b.withdraw(1)
try:
    b.withdraw(1)
except RuntimeError as e:
    print("RuntimeError:", e)
for acct in (a, b):
    acct.apply_interest()
    print(acct)
print(Account._next_id, a.interest_rate, b.interest_rate, SavingsAccount.__mro__[1].__name__)
print(isinstance(b, Account), issubclass(SavingsAccount, Account), type(b) is Account)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
accounts = [Account(n, bal) for n, bal in [("zed", 5), ("amy", 500), ("kim", 50)]]
for acct in sorted(accounts, key=lambda x: x.balance, reverse=True):
    print(acct)
print(sum(x.balance for x in accounts), Account._next_id)
