# expect: POLICY_VIOLATION
# about: gc.get_objects to find anything

import gc
print(len(gc.get_objects()))
