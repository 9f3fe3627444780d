a + b - c
a * b / c // d % e @ f
a | b ^ c & d << e >> f
-a; +a; ~a; - - a
-a ** b
a ** -b
a ** b ** c
(a + b) * c
a + b * c ** d
