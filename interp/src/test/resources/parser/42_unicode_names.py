café = 1
naïve = café
s = 'ünïcödé'
