stack = []
for ch in "abc":
    stack.append(ch)
    print("push", ch, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
print(order)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "a(b)c[d]"]:
    print(repr(s), balanced(s))
