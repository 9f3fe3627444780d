x: int
x: int = 1
(y): int = 2
a.b: str = 'c'
a[0]: list = []
z: tuple = 1, 2
