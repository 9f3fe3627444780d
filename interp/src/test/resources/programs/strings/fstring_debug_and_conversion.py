x = 42
s = "hi\n"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{s=}")
print(f"{s=!s}")
print(f"{x*2=}")
print(f"{items[0]=}, {len(items)=}")
print(f"{x=:>6}")
print(f"{x=:#b}")
print(f"{s!r}", f"{s!a}", f"{'ü'!a}")
print(f"{3.0=}", f"{None=}")
