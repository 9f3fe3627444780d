a = """first line
  second line indented
third"""
print(a)
print(a.count("\n"))
b = '''He said "hi" and 'bye' '''
print(b)
c = """\
no leading newline\
 joined"""
print(c)
d = """ends with quote\""""
print(d)
e = r"""raw \n triple"""
print(e)
print(repr("""
"""))
