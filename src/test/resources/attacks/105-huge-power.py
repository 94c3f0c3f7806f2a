# expect: TIME_LIMIT_EXCEEDED|MEMORY_LIMIT_EXCEEDED
# about: 10**(10**9) keeps computing after cancel
# needs: worker

x = 10 ** (10 ** 9)
