a = 0x1F
b = 0XdeadBEEF
c = 0o17
d = 0O7_7
e = 0b1010
f = 0B1_0
g = 0x_ff
