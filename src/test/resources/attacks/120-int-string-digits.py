# expect: RUNTIME_ERROR
# about: converting a gigantic int to text stops at the digit limit

print(len(str(10 ** 5000)))
