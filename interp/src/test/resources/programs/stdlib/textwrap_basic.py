# textwrap: fill/wrap at several widths (hyphens, long words, indents, max_lines), shorten,
# dedent, indent, tabs.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow; well-known "
        "state-of-the-art hyphenated-words should break nicely when the width is small enough.")
for w in (20, 33, 50):
    print(textwrap.fill(text, width=w))
    print('--')
print(textwrap.wrap('short', 10), textwrap.wrap('', 10), textwrap.wrap('a' * 25, 10))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, width=40), '|', textwrap.shorten('Hello  world!', width=12), '|',
      textwrap.shorten('Hello world', width=11, placeholder='...'))
code = '''
    def f():
        return 1

    x = 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder=' ...')
print(w.wrap(text))
print(textwrap.fill('one two three four', width=8, break_long_words=False))
print(textwrap.wrap('x\ty\tz', 6, expand_tabs=True))
