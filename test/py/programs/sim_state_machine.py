# A vending machine state machine and an event log with class-based states.
class State:
    name = "base"
    def on_event(self, machine, event, arg=None):
        raise ValueError(f"{self.name}: cannot handle {event!r}")
    def __repr__(self):
        return f"<{self.name}>"

class Idle(State):
    name = "idle"
    def on_event(self, machine, event, arg=None):
        if event == "coin":
            machine.credit += arg
            return HasCredit()
        return super().on_event(machine, event, arg)

class HasCredit(State):
    name = "credit"
    def on_event(self, machine, event, arg=None):
        if event == "coin":
            machine.credit += arg
            return self
        if event == "select":
            price = machine.prices.get(arg)
            if price is None:
                raise KeyError(arg)
            if machine.credit < price:
                machine.log.append(f"need {price - machine.credit} more for {arg}")
                return self
            machine.credit -= price
            machine.stock[arg] -= 1
            machine.log.append(f"vend {arg}")
            return Idle() if machine.credit == 0 else self
        if event == "refund":
            machine.log.append(f"refund {machine.credit}")
            machine.credit = 0
            return Idle()
        return super().on_event(machine, event, arg)

class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = 0
        self.prices = {"cola": 150, "chips": 100, "gum": 50}
        self.stock = dict.fromkeys(self.prices, 2)
        self.log = []

    def send(self, event, arg=None):
        before = self.state
        try:
            self.state = self.state.on_event(self, event, arg)
        except KeyError as e:
            self.log.append(f"unknown item {e}")
        except ValueError as e:
            self.log.append(f"error: {e}")
        if type(before) is not type(self.state):
            self.log.append(f"{before.name} -> {self.state.name}")

m = Machine()
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("select", "gum"), ("coin", 25), ("select", "tea"), ("refund", None), ("refund", None),
          ("coin", 50), ("select", "gum")]
for ev, arg in script:
    m.send(ev, arg)
print("\n".join(m.log))
print(m.state, m.credit, m.stock)
transitions = {("green", "timer"): "yellow", ("yellow", "timer"): "red", ("red", "timer"): "green",
               ("green", "emergency"): "red", ("yellow", "emergency"): "red"}
light = "green"
seen = [light]
for ev in ["timer", "timer", "timer", "emergency", "timer", "bogus", "timer"]:
    light = transitions.get((light, ev), light)
    seen.append(light)
print(" > ".join(seen))
