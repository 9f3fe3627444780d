name = 'w'
s = f'hello {name!r:>10} {1 + 2} {{literal}}'
t = f"{'nested'}"
u = f'''multi
{name}
'''
