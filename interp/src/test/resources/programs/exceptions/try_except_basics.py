def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    return "ok"
for kind in ("value", "key", "index", "zero", "type", "none"):
    try:
        result = risky(kind)
    except ValueError as e:
        print(kind, "-> ValueError", e)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup", type(e).__name__, repr(e))
    except ZeroDivisionError:
        print(kind, "-> zero division")
    except Exception as e:
        print(kind, "-> generic", type(e).__name__, str(e))
    else:
        print(kind, "-> else branch", result)
    finally:
        print(kind, "-> finally")
