while a:
    pass
while a:
    x
else:
    y
while True: break
