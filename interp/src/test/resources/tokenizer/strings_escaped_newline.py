s = 'abc\
def'
t = "x\\"
