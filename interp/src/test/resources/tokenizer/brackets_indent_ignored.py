if x:
    foo(1,
2,
            3)
    bar()
