# expect: RUNTIME_ERROR
# about: raise KeyboardInterrupt

raise KeyboardInterrupt
