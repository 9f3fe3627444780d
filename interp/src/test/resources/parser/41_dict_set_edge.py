{1: 2,}
{**a}
{**a, **b}
{a: b for a in c if a}
{(a, b): c}
{1: {2: {3: 4}}}
{'a': lambda: 1}
