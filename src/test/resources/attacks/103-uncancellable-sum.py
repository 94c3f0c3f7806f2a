# expect: TIME_LIMIT_EXCEEDED
# about: probe finding: sum(range(10**11)) ignores cancellation
# needs: worker

print(sum(range(10 ** 11)))
