"""collections.deque for Isola: a double-ended queue.

The items live in a dict keyed by consecutive ints from _lo (inclusive) to _hi
(exclusive), so appends and pops at either end and indexing are O(1); insert,
remove, rotate and deletion in the middle shift items and are O(n).
"""

_EMPTY = object()


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_lo', '_hi', '_maxlen', '_state')
    __module__ = 'collections'
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = {}
        self._lo = 0
        self._hi = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return self._hi - self._lo

    def __bool__(self):
        return self._hi != self._lo

    def _values(self):
        items = self._items
        return [items[i] for i in range(self._lo, self._hi)]

    def _reset(self, values):
        self._items = dict(enumerate(values))
        self._lo = 0
        self._hi = len(values)
        self._state += 1

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._items[self._hi] = x
        self._hi += 1
        self._state += 1
        if self._maxlen is not None and self._hi - self._lo > self._maxlen:
            del self._items[self._lo]
            self._lo += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        self._lo -= 1
        self._items[self._lo] = x
        self._state += 1
        if self._maxlen is not None and self._hi - self._lo > self._maxlen:
            self._hi -= 1
            del self._items[self._hi]

    def pop(self):
        """Remove and return the rightmost element."""
        if self._hi == self._lo:
            raise IndexError("pop from an empty deque")
        self._hi -= 1
        self._state += 1
        return self._items.pop(self._hi)

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._hi == self._lo:
            raise IndexError("pop from an empty deque")
        x = self._items.pop(self._lo)
        self._lo += 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for i in range(self._lo, self._hi):
            if self._items[i] == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        n = len(self)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        state = self._state
        for i in range(start, stop):
            if self._items[self._lo + i] == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        values = self._values()
        values.insert(index, value)
        self._reset(values)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(self._lo, self._hi):
            if self._items[i] == value:
                values = self._values()
                del values[i - self._lo]
                self._reset(values)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        values = self._values()
        values.reverse()
        self._reset(values)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            values = self._values()
            self._reset(values[-n:] + values[:-n])

    def _index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = index.__index__()
            else:
                raise TypeError("sequence index must be integer, not '%s'" % type(index).__name__)
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("deque index out of range")
        return self._lo + index

    def __getitem__(self, index):
        return self._items[self._index(index)]

    def __setitem__(self, index, value):
        self._items[self._index(index)] = value

    def __delitem__(self, index):
        i = self._index(index)
        values = self._values()
        del values[i - self._lo]
        self._reset(values)

    def __contains__(self, value):
        state = self._state
        for i in range(self._lo, self._hi):
            if self._items[i] == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        items = self._items
        for i in range(self._lo, self._hi):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]

    def __reversed__(self):
        state = self._state
        items = self._items
        for i in range(self._hi - 1, self._lo - 1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._values())
        finally:
            _repr_done(self)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._values(), other._values())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        values = self._values()
        self.clear()
        for _ in range(n):
            self.extend(values)
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_running = set()


def _repr_running(obj):
    key = id(obj)
    if key in _running:
        return True
    _running.add(key)
    return False


def _repr_done(obj):
    _running.discard(id(obj))
