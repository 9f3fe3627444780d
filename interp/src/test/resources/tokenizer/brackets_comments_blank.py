call(a,  # first

     # own line
     b)
