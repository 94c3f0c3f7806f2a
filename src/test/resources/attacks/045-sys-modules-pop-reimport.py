# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: probe finding: pop a hidden module and import again

import sys
sys.modules.pop('signal', None)
import signal
