if x:
    a = 1
# col 0 comment
        # deep comment
    b = 2
  # mid
c = 3
