def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def docstring_only():
    "just a docstring"
print(docstring_only(), docstring_only.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
print("end")
