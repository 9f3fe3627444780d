def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        s = "FizzBuzz"
    elif n % 3 == 0:
        s = "Fizz"
    elif n % 5 == 0:
        s = "Buzz"
    else:
        s = str(n)
    return s
print(" ".join([fizz(i) for i in range(1, 16)]))
x = 5
if x:
    if x > 3:
        if x > 4:
            print("deep")
else:
    print("no")
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
elif "0":
    print("non-empty string is true")
