# expect: OUTPUT_LIMIT_EXCEEDED
# about: print without end

while True:
    print('spam' * 100)
