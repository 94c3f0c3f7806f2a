# expect: POLICY_VIOLATION
# about: from _signal import raise_signal

from _signal import raise_signal
