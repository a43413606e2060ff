# Layered configuration with collections.ChainMap: lookups in order, writes to the first mapping, child scopes.
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["user"], cfg["color"], cfg["debug"], len(cfg), list(cfg), "color" in cfg, cfg.get("nope", 0))
print(cfg)
cfg["color"] = "blue"
print(cli, defaults["color"], cfg["color"])
child = cfg.new_child({"user": "root"})
print(child["user"], child.parents["user"], dict(child.items()) == {**defaults, **env, **cli, "user": "root"})
del cfg["color"]
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(cfg.items()), bool(ChainMap()), ChainMap({1: 2}) == {1: 2})
