a = r'\d' + R'x' + u'u' + U'U' + b'b' + B'B'
c = br'x' + Br'x' + bR'x' + BR'x' + rb'x' + rB'x' + Rb'x' + RB'x'
d = f'{x}' + F'{y!r}' + fr'{z}' + rf'\n{z}' + FR'a' + Rf'b' + fR'c' + rF'd'
