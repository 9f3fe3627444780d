# exit: 130
def work(n):
    if n == 3:
        raise KeyboardInterrupt
    return n
for i in range(5):
    print(work(i))
