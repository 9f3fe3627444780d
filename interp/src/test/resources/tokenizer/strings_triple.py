s = '''one
two
  three'''
t = """a "quoted" ''' word
"""
u = rb'''raw\
bytes'''
