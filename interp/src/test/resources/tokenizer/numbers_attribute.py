a = 1 .real
b = 1.0.real
c = 1..real
