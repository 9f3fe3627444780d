class_free_accounts = {}
def open_account(owner, initial=0):
    if owner in class_free_accounts:
        raise KeyError(f"account exists: {owner}")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    class_free_accounts[owner] = {"balance": initial, "history": [("open", initial)]}
def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"invalid deposit amount: {amount}")
    acct = class_free_accounts[owner]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
def withdraw(owner, amount):
    acct = class_free_accounts[owner]
    if amount > acct["balance"]:
        raise RuntimeError(f"insufficient funds: {owner} has {acct['balance']}, needs {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise
operations = [
    ("open", "alice", 100), ("open", "bob", 50), ("open", "alice", 10),
    ("deposit", "alice", 25), ("withdraw", "bob", 80), ("transfer", "alice", "bob", 60),
    ("deposit", "carol", 5), ("open", "dave", -1), ("deposit", "bob", 0),
    ("transfer", "bob", "zed", 10), ("withdraw", "alice", 65),
]
for op in operations:
    kind, args = op[0], op[1:]
    try:
        {"open": open_account, "deposit": deposit, "withdraw": withdraw, "transfer": transfer}[kind](*args)
        print(f"ok     {kind}{args}")
    except (ValueError, RuntimeError) as e:
        print(f"failed {kind}{args}: {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"failed {kind}{args}: KeyError: {e.args[0]}")
for owner in sorted(class_free_accounts):
    acct = class_free_accounts[owner]
    print(owner, acct["balance"], acct["history"])
print("total:", sum([a["balance"] for a in class_free_accounts.values()]))
