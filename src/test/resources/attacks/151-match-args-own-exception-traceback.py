# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #1: a plain player class whose __match_args__ is built at run time makes a class pattern read the traceback of its own exception


class E(Exception):
    __match_args__ = ('__trace' + 'back__',)


try:
    raise E('x')
except E as e:
    err = e

match err:
    case E(tb):
        if tb is not None:
            print('WALL-BREACHED', tb)
