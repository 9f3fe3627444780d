log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise RuntimeError("boom")
        if mode == "return":
            return "returned"
        log.append("try-end")
    except RuntimeError:
        log.append("except")
        return "from-except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "fell-through"
for m in ("normal", "raise", "return"):
    log.clear()
    r = f(m)
    print(m, r, log)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(("body", i))
        finally:
            out.append(("finally", i))
    return out
print(loop_finally())
