# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: probe finding: signal.raise_signal(SIGTERM) through the public module; at worst it ends only its worker
# needs: worker

import signal
signal.raise_signal(signal.SIGTERM)
print("still here")
