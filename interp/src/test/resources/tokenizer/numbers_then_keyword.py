x = 1if y else 2
z = [i for i in range(3)if i]
