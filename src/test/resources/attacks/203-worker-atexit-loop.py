# expect: POLICY_VIOLATION|TIME_LIMIT_EXCEEDED
# about: probe finding: an atexit handler runs inside the host's close() and can hang it
# needs: worker

import atexit

def forever():
    while True:
        pass

atexit.register(forever)
print("registered")
