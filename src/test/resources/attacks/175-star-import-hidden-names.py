# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 16's star imports bind public names only, each read through the module view
from random import *
from typing import *

print(_inst)
