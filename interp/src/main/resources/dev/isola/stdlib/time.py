"""Time access and conversions.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's module of the same name. The clocks and sleep() come from the builtin _time; the
calendar functions are built here on its primitives (the broken-down fields of an instant in
UTC or the local zone, mktime, the zone's names and offsets). strftime() and strptime() follow
glibc's directives in the C locale.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
                   process_time, process_time_ns, sleep)
import _time

timezone, altzone, daylight, _std_name, _dst_name = _time._zone()
tzname = (_std_name, _dst_name)

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value returned by gmtime(), localtime() and strptime(): a 9-tuple with names."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        self.__dict__['_extra'] = (seq[9] if n > 9 else None, seq[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self.__dict__['_extra'][0])
    tm_gmtoff = property(lambda self: self.__dict__['_extra'][1])

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self.__dict__['_extra'],))


struct_time.__module__ = 'time'


def _seconds(secs):
    if secs is None:
        return time()
    if isinstance(secs, (int, float)):
        return secs
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def gmtime(secs=None):
    """The UTC fields of secs (default: now) as a struct_time."""
    return struct_time(_time._broken_down(_seconds(secs), False))


def localtime(secs=None):
    """The local fields of secs (default: now) as a struct_time."""
    return struct_time(_time._broken_down(_seconds(secs), True))


def _as_tuple(t, name):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t


def mktime(t):
    """The inverse of localtime(): seconds since the epoch as a float."""
    t = _as_tuple(t, 'mktime')
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return _time._mktime(t[0], t[1], t[2], t[3], t[4], t[5], t[8])


def _checked(t, name):
    t = _as_tuple(t, name)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if mon == 0:
        mon = 1
    if mday == 0:
        mday = 1
    if yday == 0:
        yday = 1
    if not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    if not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for t (default: localtime())."""
    t = localtime() if t is None else _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso_week(year, yday, wday):
    """(ISO year, ISO week) of a day given by its year, day of year (1-based) and weekday (0 = Monday):
    the week's Thursday decides the year."""
    thursday = yday - wday + 3
    if thursday < 1:
        year -= 1
        thursday += 366 if _leap(year) else 365
    elif thursday > (366 if _leap(year) else 365):
        thursday -= 366 if _leap(year) else 365
        year += 1
    return year, (thursday - 1) // 7 + 1


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _format(fmt, t, zone=None, gmtoff=None, microsecond=None):
    """strftime's directives over the fields t; zone/gmtoff for %Z/%z, microsecond for %f (datetime)."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        i += 1
        pad = True
        if fmt[i] == '-' and i + 1 < n:
            pad = False
            i += 1
        d = fmt[i]
        i += 1

        def num(v, width, fill='0'):
            if not pad:
                return str(v)
            s = str(v)
            return fill * (width - len(s)) + s if len(s) < width else s

        if d == 'Y':
            out.append(str(year))
        elif d == 'C':
            out.append(num(year // 100, 2))
        elif d == 'y':
            out.append(num(year % 100, 2))
        elif d == 'm':
            out.append(num(mon, 2))
        elif d == 'd':
            out.append(num(mday, 2))
        elif d == 'e':
            out.append(num(mday, 2, ' '))
        elif d == 'H':
            out.append(num(hour, 2))
        elif d == 'k':
            out.append(num(hour, 2, ' '))
        elif d == 'I':
            out.append(num((hour + 11) % 12 + 1, 2))
        elif d == 'l':
            out.append(num((hour + 11) % 12 + 1, 2, ' '))
        elif d == 'M':
            out.append(num(minute, 2))
        elif d == 'S':
            out.append(num(sec, 2))
        elif d == 'f' and microsecond is not None:
            out.append('%06d' % microsecond)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'a':
            out.append(_DAYS[wday][:3])
        elif d == 'A':
            out.append(_DAYS[wday])
        elif d in 'bh':
            out.append(_MONTHS[mon - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[mon - 1])
        elif d == 'j':
            out.append(num(yday, 3))
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append(num((yday + 6 - (wday + 1) % 7) // 7, 2))
        elif d == 'W':
            out.append(num((yday + 6 - wday) // 7, 2))
        elif d in 'GgV':
            iy, iw = _iso_week(year, yday, wday)
            out.append(str(iy) if d == 'G' else num(iy % 100, 2) if d == 'g' else num(iw, 2))
        elif d == 'c':
            out.append(_format('%a %b %e %H:%M:%S %Y', t))
        elif d == 'x' or d == 'D':
            out.append(_format('%m/%d/%y', t))
        elif d == 'X' or d == 'T':
            out.append(_format('%H:%M:%S', t))
        elif d == 'R':
            out.append(_format('%H:%M', t))
        elif d == 'F':
            out.append(_format('%Y-%m-%d', t))
        elif d == 'r':
            out.append(_format('%I:%M:%S %p', t))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == 'Z':
            out.append(zone if zone is not None else (tzname[1] if isdst > 0 else tzname[0]))
        elif d == 'z':
            if gmtoff is None:
                gmtoff = -(altzone if isdst > 0 else timezone)
            sign = '-' if gmtoff < 0 else '+'
            gmtoff = abs(gmtoff)
            out.append('%s%02d%02d' % (sign, gmtoff // 3600, gmtoff // 60 % 60))
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + ('-' if not pad else '') + d)
    return ''.join(out)


def strftime(format, t=None):
    """The fields of t (default: localtime()) formatted by format's directives."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    zone = gmtoff = None
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    t = _checked(t, 'strftime')
    return _format(format, t, zone, gmtoff)


_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'e': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + '|'.join(_DAYS) + ')',
    'a': '(?P<a>' + '|'.join(d[:3] for d in _DAYS) + ')',
    'B': '(?P<B>' + '|'.join(_MONTHS) + ')',
    'b': '(?P<b>' + '|'.join(m[:3] for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': r'(?P<Z>utc|gmt|[a-z]{3,5})',
    '%': '%',
}
_PATTERNS['W'] = _PATTERNS['U'].replace('U', 'W')
_PATTERNS['h'] = _PATTERNS['b']
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
               'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}
_regex_cache = {}


def _strptime_regex(format):
    import re
    compiled = _regex_cache.get(format)
    if compiled is not None:
        return compiled
    parts = []
    seen = set()
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d in _EXPANSIONS:
                parts.append(_strptime_regex(_EXPANSIONS[d]).pattern)
                continue
            if d not in _PATTERNS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            p = _PATTERNS[d]
            name = p[4] if p.startswith('(?P<') else None
            if name is not None and name in seen:
                raise re.error("redefinition of group name %r as group %d" % (name, len(seen) + 1))
            if name is not None:
                seen.add(name)
            parts.append(p)
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % format)
        elif c.isspace():
            parts.append(r'\s+')
            i += 1
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    compiled = re.compile(''.join(parts), re.IGNORECASE)
    _regex_cache[format] = compiled
    return compiled


def _strptime(data, format):
    """(struct fields, microsecond, gmtoff seconds or None, zone name or None) parsed from data."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(data))
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format))
    found = _strptime_regex(format).match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, format))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = found.groupdict()
    year, month, day, hour, minute, second, fraction = 1900, 1, 1, 0, 0, 0, 0
    weekday = julian = None
    gmtoff = zone = None
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    for key in ('B', 'b'):
        if g.get(key) is not None:
            names = [m.lower() if key == 'B' else m[:3].lower() for m in _MONTHS]
            month = names.index(g[key].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm':
            hour = hour % 12 + 12
        elif ampm == 'am' or not ampm:
            hour = hour % 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        fraction = int(g['f'] + '0' * (6 - len(g['f'])))
    for key in ('A', 'a'):
        if g.get(key) is not None:
            names = [d.lower() if key == 'A' else d[:3].lower() for d in _DAYS]
            weekday = names.index(g[key].lower())
    if g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    if g.get('u') is not None:
        weekday = int(g['u']) - 1
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('z') is not None:
        z = g['z']
        if z.upper() == 'Z':
            gmtoff = 0
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            hours, minutes = int(body[0:2]), int(body[2:4])
            seconds = int(body[4:6]) if len(body) >= 6 else 0
            gmtoff = sign * (hours * 3600 + minutes * 60 + seconds)
    if g.get('Z') is not None:
        zone = g['Z']
    if julian is not None and g.get('m') is None and g.get('d') is None:
        import datetime
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=julian - 1)
        month, day = d.month, d.day
    if month == 2 and day == 29 and g.get('Y') is None and g.get('y') is None:
        year = 1904  # a leap year, so that Feb 29 exists, as CPython does
    _check_date(year, month, day)
    ordinal_day = _day_of_year(year, month, day)
    if julian is None:
        julian = ordinal_day
    wd = _weekday(year, month, day)
    if weekday is None:
        weekday = wd
    return (year, month, day, hour, minute, second, wd, julian, -1), fraction, gmtoff, zone


def _check_date(year, month, day):
    days = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not 1 <= day <= days:
        raise ValueError('day is out of range for month')


def _day_of_year(year, month, day):
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    return before + day + (1 if month > 2 and _leap(year) else 0)


def _weekday(year, month, day):
    """0 = Monday, by counting days from 0001-01-01 (a Monday)."""
    y = year - 1
    ordinal = y * 365 + y // 4 - y // 100 + y // 400 + _day_of_year(year, month, day)
    return (ordinal + 6) % 7


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses string by format into a struct_time."""
    fields, fraction, gmtoff, zone = _strptime(string, format)
    return struct_time(fields + (zone, gmtoff))
