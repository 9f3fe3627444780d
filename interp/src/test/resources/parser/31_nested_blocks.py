def outer(a):
    if a:
        for i in range(a):
            while i:
                try:
                    i -= 1
                except ValueError:
                    break
            else:
                continue
    return a
class K:
    def m(self):
        return [x for x in self]
