# A comment at the top
#!not a shebang here
x = 1  # trailing comment
# comment between statements

    # indented comment lines do not matter
y = 2
def f():
    # comment in function
    return x + y  # trailing
        # over-indented comment
print(f())  # call
s = "# not a comment"
print(s)
t = '''multi
# still string
line'''
print(t)
print(len(t))
if x:
    # comment before pass
    pass
# final comment without newline at end
