RAW = """sku,name,qty,price,category
A100,Widget,12,2.50,tools
A101,Gizmo,0,15.00,tools
B200,Sprocket,250,0.15,parts
B201,Flange,40,1.10,parts
C300,Manual,5,9.99,books
B202,Gear,-3,4.00,parts
C301,Guide,x,12.00,books
"""
def parse(raw):
    lines = raw.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(",")))
        try:
            fields["qty"] = int(fields["qty"])
            fields["price"] = float(fields["price"])
            if fields["qty"] < 0:
                raise ValueError(f"negative quantity {fields['qty']}")
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        rows.append(fields)
    return rows, errors
rows, errors = parse(RAW)
for e in errors:
    print("skipped", e)
by_cat = {}
for row in rows:
    by_cat.setdefault(row["category"], []).append(row)
grand = 0.0
for cat in sorted(by_cat):
    print(f"== {cat.upper()} ==")
    subtotal = 0.0
    for row in sorted(by_cat[cat], key=lambda r: -r["qty"] * r["price"]):
        value = row["qty"] * row["price"]
        subtotal += value
        flag = " (out of stock)" if row["qty"] == 0 else ""
        print(f"  {row['sku']} {row['name']:<10} {row['qty']:>4} x {row['price']:>6.2f} = {value:>8.2f}{flag}")
    print(f"  {'subtotal':<24}{subtotal:>14.2f}")
    grand += subtotal
print(f"{'GRAND TOTAL':<26}{grand:>14.2f}")
print("out of stock:", [r["name"] for r in rows if r["qty"] == 0])
