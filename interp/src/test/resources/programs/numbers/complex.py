# complex: literals, arithmetic with ints and floats, division, powers, equality, hash, repr,
# complex() from numbers and strings, __complex__, format, and the errors, as CPython 3.11.
z = 1 + 2j
w = 3 - 4j
print(z, w, repr(z), z.real, z.imag, type(z).__name__)
print(z + w, z - w, z * w, z / w, -z, +z, abs(w), z.conjugate())
print(1j, -1j, 0j, -0j, complex(-0.0, 1), complex(1.5, 0), complex(1e16, 1), complex(float('inf'), float('nan')))
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 2 / z, z - True)
print(z == 1 + 2j, z != w, complex(3, 0) == 3, complex(3, 0) == 3.0, 3 == complex(3, 0), complex(2**53 + 1, 0) == 2**53 + 1)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(z), hash(complex(0, 1)), hash(-1j))
print(z ** 2, z ** -1, z ** 0, (1j) ** 2, 2 ** 1j, z ** 0.5, (0j) ** 0, pow(z, 3), 1j ** 101)
print(complex(), complex(1), complex(1, 2), complex('1+2j'), complex(' ( -1.5-2.5j ) '), complex('j'), complex('-j'), complex('1e3'), complex('inf+nanj'), complex(real=1, imag=2))
print(complex(1 + 2j, 3 + 4j), complex(True, False), bool(0j), bool(1j))
class C:
    def __complex__(self): return 5j
print(complex(C()))
for bad in (lambda: complex('1+2'), lambda: complex('x'), lambda: complex('1', 2), lambda: complex(1, '2'),
            lambda: complex([]), lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: 1 / 0j, lambda: 0j ** -1,
            lambda: pow(z, 2, 3), lambda: int(z), lambda: float(z), lambda: round(z)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(format(z, ''), format(z, '.2f'), format(z, '>20'), format(1.5j, 'g'), f'{w:+.3e}', '{:^16}'.format(z))
print({1+2j: 'a', 1j: 'b'}[1j], sorted([abs(1j), abs(3+4j)]), sum([1j, 2, 3.5]))
print(z.__getnewargs__(), 1e300j * 1e300j if False else 'skip')
