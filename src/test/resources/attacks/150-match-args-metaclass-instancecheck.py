# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #1: a class pattern whose metaclass accepts any subject and whose __match_args__ holds run-time names makes the interpreter read print.__self__


def lens(name):
    meta = type('Meta', (type,), {'__instance' + 'check__': lambda cls, obj: True})
    return meta('Lens', (), {'__match_args__': (name,)})


def get(obj, name):
    Lens = lens(name)
    match obj:
        case Lens(v):
            return v
    return None


b = get(print, '__se' + 'lf__')
if b is not None and not callable(b):
    print('WALL-BREACHED', b)
