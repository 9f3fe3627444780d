def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(100)
print(dep(50), wd(30), wd(500), get())
dep2, wd2, get2 = bank(0)
dep2(1)
print(get(), get2())
def history():
    log = []
    def record(event):
        log.append(event)
        return len(log)
    def dump():
        return tuple(log)
    return record, dump
rec, dump = history()
for e in ("start", "work", "stop"):
    rec(e)
print(dump())
