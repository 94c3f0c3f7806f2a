# expect: POLICY_VIOLATION|TIME_LIMIT_EXCEEDED
# about: probe finding: SIG_IGN for SIGTERM outlived its context; then spin so only SIGKILL helps
# needs: worker

import _signal
_signal.signal(15, _signal.SIG_IGN)
while True:
    pass
