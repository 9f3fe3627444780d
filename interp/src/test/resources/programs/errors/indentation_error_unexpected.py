def f():
    return 1
      print("too deep")
