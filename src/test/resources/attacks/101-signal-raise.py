# expect: RUNTIME_ERROR|POLICY_VIOLATION
# about: probe finding: signal.raise_signal(SIGTERM) killed the host JVM
# needs: worker

import _signal
_signal.raise_signal(15)
