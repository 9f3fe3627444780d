x = u'x'
y = bu
z = rb
