count = 5
label = "items: "
print(label)
text = label + count
