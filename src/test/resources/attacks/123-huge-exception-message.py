# expect: RUNTIME_ERROR
# about: an exception whose text is a megabyte long (the message is truncated)

raise ValueError('y' * 10 ** 6)
