# expect: POLICY_VIOLATION
# about: build a code object from another function's code

def f():
    return 1
CodeType = type(f.__code__)
print(CodeType)
