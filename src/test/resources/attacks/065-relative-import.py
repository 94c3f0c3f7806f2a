# expect: POLICY_VIOLATION
# about: relative import

from . import os
