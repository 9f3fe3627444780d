'a'; "b"; '''c
d'''; """e"""
'a' 'b' "c"
'\n\t\\\'\"\a\b\f\v\r'
'\x41\u00e9\U0001F600\101\0\7'
r'\n\x' R"\d+"
'\q unknown'
u'unicode'
'line\
cont'
b'bytes\x00\xff\n'; rb'\x00'; B'a' b"b"
'é ü \u200b'
