# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #1: __match_args__ changed by a guard between two cases of one match, or served by a descriptor


class Get:
    def __get__(self, obj, owner):
        return ('__trace' + 'back__',)


class E(Exception):
    __match_args__ = Get()


try:
    raise E('x')
except E as e:
    err = e

try:
    match err:
        case E(tb):
            if tb is not None:
                print('WALL-BREACHED', 'descriptor __match_args__', tb)
except TypeError:
    pass


class F(Exception):
    __match_args__ = ('args',)


def flip():
    setattr(F, '__match_args__', ('__trace' + 'back__',))
    return False


try:
    raise F('x')
except F as e:
    err = e
match err:
    case F(a) if flip():
        pass
    case F(tb):
        if tb is not None and type(tb) is not tuple:
            print('WALL-BREACHED', 'mutated __match_args__', tb)
        getattr(tb, 'tb_' + 'frame')
