def digits(n):
    return [int(c) for c in str(abs(n))]
def reverse_num(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r
def is_palindrome(n):
    return str(n) == str(n)[::-1]
print(digits(9075), digits(-120), sum(digits(2 ** 100)))
print(reverse_num(12345), reverse_num(1200), reverse_num(10 ** 20 + 3))
print([n for n in range(100, 200) if is_palindrome(n)])
armstrong = [n for n in range(1, 1000) if n == sum([d ** len(str(n)) for d in digits(n)])]
print(armstrong)
n = 196
for i in range(5):
    n = n + reverse_num(n)
    print(i, n, is_palindrome(n))
