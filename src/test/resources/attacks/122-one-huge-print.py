# expect: OUTPUT_LIMIT_EXCEEDED
# about: a single print far larger than the output budget

print('x' * 10 ** 6)
