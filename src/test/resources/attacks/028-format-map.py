# expect: POLICY_VIOLATION
# about: format_map traversal

t = '{x.' + '__init__' + '.' + '__glo' + 'bals__}'
class A:
    def __init__(self):
        pass
print(t.format_map({'x': A()}))
