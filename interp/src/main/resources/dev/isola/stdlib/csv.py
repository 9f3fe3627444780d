"""Reading and writing CSV files.

Part of Isola's standard library, written for Isola after the documented behaviour of CPython
3.11's csv module: reader, writer, DictReader, DictWriter, the dialects excel, excel-tab and
unix, the QUOTE_* constants, register_dialect and friends, field_size_limit and Error. The
reader is the same state machine as CPython's _csv: fields may be quoted, span lines when
quoted, and hold doubled or escaped quote characters.
"""

import re as _re

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', 'field_size_limit', 'DictReader', 'DictWriter',
           'Sniffer', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describes a CSV format; subclass it and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__) if allow_none
                        else '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """A dialect's parameters, checked, with keyword overrides applied (CPython's _csv.Dialect)."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default
        for k in kwargs:
            if k not in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                         'lineterminator', 'quoting', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        self.quoting = get('quoting', QUOTE_MINIMAL)
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        quotechar = get('quotechar', '"') if 'quotechar' in kwargs or dialect is None or \
            getattr(dialect, 'quotechar', '"') is not None else None
        self.quotechar = _char('quotechar', quotechar, True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.lineterminator = get('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.strict = bool(get('strict', False))
        if self.delimiter in ('\r', '\n') or self.delimiter == ' ' and self.skipinitialspace:
            pass
        if self.escapechar is not None and self.escapechar == self.delimiter:
            raise ValueError('bad escapechar or delimiter value')


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    params = _Params(dialect, **kwargs)
    _dialects[name] = params


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


_EOL = object()


class _Reader:
    def __init__(self, iterable, dialect='excel', **kwargs):
        self._lines = iter(iterable)
        self.dialect = _Params(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NUL')
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                return self._fields

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _process(self, c):
        """One step of CPython's parse_process_char; c is a character or _EOL (end of a line)."""
        d = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL and c is _EOL:
            return
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open the file '
                            'in universal-newline mode?')


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows of csvfile (any iterable of strings), each a list of str."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect='excel', **kwargs):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._file = fileobj
        self.dialect = _Params(dialect, **kwargs)

    def _quote(self, value):
        d = self.dialect
        if value is None:
            text, quote = '', d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            if isinstance(value, str):
                text = value
                quote = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
            else:
                text = str(value) if not isinstance(value, float) else repr(value)
                quote = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC
                                                   and not isinstance(value, (int, float)))
        special = (d.delimiter, d.quotechar, '\r', '\n') + tuple(d.lineterminator)
        out = []
        for ch in text:
            if ch in special and ch is not None:
                if d.quoting == QUOTE_NONE:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
                elif ch == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                    elif d.escapechar is not None:
                        out.append(d.escapechar)
                    else:
                        raise Error('need to escape, but no escapechar set')
                    quote = True
                else:
                    quote = True
            elif d.escapechar is not None and ch == d.escapechar:
                out.append(d.escapechar)
            out.append(ch)
        text = ''.join(out)
        if quote and d.quoting != QUOTE_NONE:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        d = self.dialect
        fields = [self._quote(v) for v in items]
        if len(items) == 1 and fields[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            fields[0] = d.quotechar * 2
        return self._file.write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of rows to csvfile (anything with a write method)."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (default: the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect from a sample: the delimiter that splits most lines alike, and the quote."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, delimiter, skipinitialspace = self._guess_quote(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = True
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote(self, data, delimiters):
        for quote in ('"', "'"):
            pattern = _re.compile(r'(?P<delim>[^\w\n"\'])(?P<space> ?)' + _re.escape(quote)
                                  + r'[^' + _re.escape(quote) + r'\n]*' + _re.escape(quote) + r'(?P=delim)')
            m = pattern.search(data)
            if m and (delimiters is None or m.group('delim') in delimiters):
                return quote, m.group('delim'), bool(m.group('space'))
        return '', None, False

    def _guess_delimiter(self, data, delimiters):
        lines = [line for line in data.split('\n') if line]
        best = None
        for ch in (delimiters or self.preferred) + [c for c in set(data) if not c.isalnum()
                                                    and c not in '\r\n"\'' and c not in self.preferred]:
            counts = [line.count(ch) for line in lines[:10]]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                if best is None or (ch in self.preferred and best not in self.preferred):
                    best = ch
        if best is None:
            return '', False
        skip = all(line.split(best)[1:] and all(p.startswith(' ') for p in line.split(best)[1:])
                   for line in lines[:10])
        return best, skip

    def has_header(self, sample):
        rdr = reader(sample.splitlines(), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    thisType = len(row[col])
                if thisType != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thisType
                    else:
                        del column_types[col]
        hasHeader = 0
        for col, colType in column_types.items():
            if isinstance(colType, int):
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1
        return hasHeader > 0
