# expect: POLICY_VIOLATION
# about: string.Formatter.get_field returns the traversed object itself; reach it past any subclass with super()

import string


class F(string.Formatter):
    pass


def f():
    pass


field = '0.' + '__glo' + 'bals__'
obj, key = super(F, F()).get_field(field, [f], {})
print(obj)
