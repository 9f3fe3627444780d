# comment
x = 1  # trailing

# another

def f():  # c
    # inside
    return x  # end
