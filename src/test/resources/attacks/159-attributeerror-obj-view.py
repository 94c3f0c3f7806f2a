# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #5: AttributeError.obj hands back the real module behind a module view

import typing

View = type(typing)
try:
    typing.no_such_name
except AttributeError as e:
    if e.obj is not None and type(e.obj) is not View:
        print('WALL-BREACHED', 'AttributeError.obj is', e.obj)
import sys
try:
    sys.no_such_name
except AttributeError as e:
    if e.obj is not None and type(e.obj) is not type(sys):
        print('WALL-BREACHED', 'AttributeError.obj is', e.obj)
typing.no_such_name
