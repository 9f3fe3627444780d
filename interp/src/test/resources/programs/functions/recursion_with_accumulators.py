def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def depth(x):
    if not isinstance(x, (list, tuple)):
        return 0
    return 1 + max([depth(i) for i in x], default=0)
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(sum_list(list(range(50))), reverse("recursion"), binary(37), gcd(1071, 462))
print(depth([1, [2, (3, [])]]), depth(5), depth([]))
print(count_change(100, [50, 25, 10, 5, 1]))
