x = 10
y = 3.14159
name = "Ada"
print(f"{x}")
print(f"{x!r} {name!r} {name!s} {name!a}")
print(f"{y:.2f} {y:10.3f}| {x:05d} {x:>6} {x:<6}| {x:^7}|")
width = 8
prec = 3
print(f"{y:{width}.{prec}f}|")
print(f"{'nested'}" f" {f'{x}'}")
print(f"{x + 1} {x * 2 = }")
print(f"{x=} {name=!r} {y=:.1f}")
print(f"{{literal braces}} {x}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{'yes' if x > 5 else 'no'}")
print(f"{x:#x} {x:#o} {x:#b} {x:,} {1234567:_}")
print(f"{-x:+} {x:+} {x: }")
print(f"{name:*^11}")
print(f"""multi
{name}
line""")
