a = 1j
b = 1.5J
c = 1e3j
d = 0j
e = 1_0j
f = .5j
g = 09j
h = 09.5
