def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup-general"
    except (ArithmeticError,):
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
print(classify(KeyError()), classify(IndexError()), classify(LookupError()))
print(classify(ZeroDivisionError()), classify(OverflowError()), classify(ValueError()))
errors = (TypeError, ValueError)
try:
    int("zz")
except errors as e:
    print("caught from tuple variable:", type(e).__name__)
def first_match_wins():
    try:
        raise ZeroDivisionError
    except ArithmeticError:
        return "ArithmeticError first"
    except ZeroDivisionError:
        return "unreachable"
print(first_match_wins())
