a = 'single'
b = "double"
c = ''
d = ""
e = 'it\'s'
f = "say \"hi\""
