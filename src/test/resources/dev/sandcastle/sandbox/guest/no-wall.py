# A stand-in for wall.py with no Python wall at all, for tests that assume the wall has fallen
# (VerdictIntegrityWithoutThePythonWallTest). It keeps wall.py's contract with the host (the
# same entry points in the same order) and gives the player's code everything: the real
# builtins, every import GraalPy's VM wall allows, frames, gc, and these functions themselves.

import builtins as _b


def setup(allowed_imports, extra_builtins, recursion_limit, player_module):
    player_globals = {'__name__': player_module, '__builtins__': _b}
    compiled = []

    def prepare(source):
        del compiled[:]
        try:
            compiled.append(compile(source, '<solution>', 'exec'))
        except SyntaxError as e:
            return ['error', 'SYNTAX_ERROR', str(e), 0]
        return ['ok', True]

    def run_guest(thunk):
        try:
            return ['ok', thunk()]
        except BaseException as e:
            return ['error', 'RUNTIME_ERROR', '%s: %s' % (type(e).__name__, e), 0, type(e).__name__]

    def load():
        return run_guest(lambda: exec(compiled[0], player_globals))

    def call(entry_point, args):
        fn = player_globals.get(entry_point)
        return run_guest(lambda: fn(*args))

    def types():
        return [type(None), bool, int, float, str, list, tuple, dict]

    return {'prepare': prepare, 'load': load, 'call': call, 'types': types}


setup
