# expect: TIME_LIMIT_EXCEEDED
# about: an endless loop is stopped

while True:
    pass
