# An inventory/order system: nested dicts, sorting with keys, validation, report formatting.
from collections import defaultdict

catalog = {
    "A100": {"name": "Pencil", "price": 0.35, "stock": 500, "tags": {"office", "school"}},
    "A200": {"name": "Notebook", "price": 2.99, "stock": 120, "tags": {"school"}},
    "B300": {"name": "Stapler", "price": 12.5, "stock": 15, "tags": {"office"}},
    "C400": {"name": "Backpack", "price": 34.0, "stock": 4, "tags": {"school", "travel"}},
}

orders = [
    ("o1", "alice", [("A100", 20), ("A200", 3)]),
    ("o2", "bob", [("C400", 5)]),
    ("o3", "carol", [("B300", 2), ("Z999", 1)]),
    ("o4", "alice", [("C400", 2), ("A100", 100)]),
    ("o5", "dave", []),
]

class OrderError(Exception):
    pass

def place(order_id, customer, lines):
    if not lines:
        raise OrderError(f"{order_id}: empty order")
    for sku, qty in lines:
        if sku not in catalog:
            raise OrderError(f"{order_id}: unknown sku {sku}")
        if catalog[sku]["stock"] < qty:
            raise OrderError(f"{order_id}: only {catalog[sku]['stock']} {catalog[sku]['name']} left")
    total = 0.0
    for sku, qty in lines:
        catalog[sku]["stock"] -= qty
        total += catalog[sku]["price"] * qty
    return round(total, 2)

spent = defaultdict(float)
failed = []
for oid, cust, lines in orders:
    try:
        amount = place(oid, cust, lines)
    except OrderError as e:
        failed.append(str(e))
        continue
    spent[cust] += amount
    print(f"{oid} {cust:<6} ${amount:>8.2f}")
print("failed:", *failed, sep="\n  ")
print(dict(spent))
print(f"{'SKU':<5} {'Name':<10} {'Stock':>5} {'Value':>9}  Tags")
for sku, item in sorted(catalog.items(), key=lambda kv: kv[1]["stock"] * kv[1]["price"], reverse=True):
    value = item["stock"] * item["price"]
    print(f"{sku:<5} {item['name']:<10} {item['stock']:>5} {value:>9.2f}  {', '.join(sorted(item['tags']))}")
low = [item["name"] for item in catalog.values() if item["stock"] < 10]
print("low stock:", low)
tag_index = defaultdict(list)
for sku, item in catalog.items():
    for tag in item["tags"]:
        tag_index[tag].append(sku)
print({t: sorted(s) for t, s in sorted(tag_index.items())})
print(sum(i["stock"] for i in catalog.values()), max(catalog, key=lambda s: catalog[s]["price"]))
restock = {sku: max(0, 50 - item["stock"]) for sku, item in catalog.items()}
print(restock, {k: v for k, v in restock.items() if v})
price_bands = {}
for item in catalog.values():
    band = "cheap" if item["price"] < 1 else "mid" if item["price"] < 20 else "premium"
    price_bands.setdefault(band, []).append(item["name"])
print(price_bands)
