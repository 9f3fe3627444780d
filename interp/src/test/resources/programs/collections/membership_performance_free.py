haystack_list = list(range(0, 1000, 3))
haystack_set = set(haystack_list)
haystack_dict = dict.fromkeys(haystack_list, True)
queries = [0, 1, 3, 999, 998, 300, -3]
for q in queries:
    print(q, q in haystack_list, q in haystack_set, q in haystack_dict, q in range(0, 1000, 3))
print(len(haystack_set & set(range(0, 1000, 5))))
