# expect: TIME_LIMIT_EXCEEDED
# about: max(range(10**10)) ignores cancellation
# needs: worker

print(max(range(10 ** 10)))
