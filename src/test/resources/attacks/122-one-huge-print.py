# expect: OUTPUT_LIMIT_EXCEEDED
# about: a single print far larger than the output budget's abuse limit (16 times the limit)

print("x" * 2 * 10 ** 6)
