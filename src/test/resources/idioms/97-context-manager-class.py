# about: a context manager class that records enter and exit
# expect: ACCEPTED
# mode: grade
# test: [] => ["enter", "body", "exit clean", "enter", "exit KeyError"]

class Recorder:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit ' + (exc_type.__name__ if exc_type else 'clean'))
        return exc_type is KeyError
def solve():
    log = []
    with Recorder(log):
        log.append('body')
    with Recorder(log):
        raise KeyError('swallowed')
    return log
