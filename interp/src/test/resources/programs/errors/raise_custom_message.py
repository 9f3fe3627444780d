def withdraw(balance, amount):
    if amount > balance:
        raise ValueError("insufficient funds", balance, amount)
    return balance - amount
print(withdraw(10, 5))
withdraw(10, 50)
