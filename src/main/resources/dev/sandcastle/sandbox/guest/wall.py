# The Python wall of Sandcastle (trusted code, see docs/decisions/0002-python-wall.md).
#
# This source is evaluated in every fresh context BEFORE any player code, with the real
# builtins. It returns `setup`, which the host calls once; `setup` returns its entry points by
# name: prepare(source), load(), call(entry_point, args) and types(). Everything player code can
# reach afterwards was handed out by the functions below. GraalPy ignores a custom __builtins__ in
# exec globals, so player names are shadowed in the player's globals instead: every builtin
# name is bound there, either to the allowed object or to a stub that reports a violation.

import builtins as _b
import sys as _sys
import _string
import _ast

_PyCF_ONLY_AST = 0x400
_ModuleType = type(_sys)
_FunctionType = type(lambda: None)

DEFAULT_BUILTINS = frozenset((
    'abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr',
    'classmethod', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'filter',
    'float', 'format', 'frozenset', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'int',
    'isinstance', 'issubclass', 'iter', 'aiter', 'anext', 'len', 'list', 'map', 'max',
    'memoryview', 'min', 'next', 'object', 'oct', 'ord', 'pow', 'print', 'property', 'range',
    'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str',
    'sum', 'super', 'tuple', 'type', 'zip', 'vars', 'globals', 'None', 'True', 'False', 'Ellipsis',
    'NotImplemented', '__build_class__', '__name__', '__import__',
    # exceptions and warnings
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
    'BufferError', 'EOFError', 'Exception', 'ExceptionGroup', 'FloatingPointError',
    'GeneratorExit', 'ImportError', 'IndexError', 'KeyError', 'KeyboardInterrupt', 'LookupError',
    'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotImplementedError', 'OverflowError',
    'RecursionError', 'ReferenceError', 'RuntimeError', 'StopAsyncIteration', 'StopIteration',
    'SyntaxError', 'SystemExit', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'ValueError',
    'ZeroDivisionError', 'Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning',
    'ArithmeticError', 'IndentationError', 'TabError', 'OSError', 'EnvironmentError', 'IOError',
))

# Builtins that no mission can add: they build code, reach frames, files or the interpreter.
NEVER_BUILTINS = frozenset((
    'compile', 'exec', 'eval', 'breakpoint', 'help', 'input', 'open', 'exit', 'quit',
    'locals', 'copyright', 'credits', 'license', '__loader__', '__spec__',
    '__builtins__', '__debug__', '__package__', '__doc__',
))

# What to write instead of a builtin that is never available.
NEVER_HINTS = {
    'eval': '; to read a literal from text use ast.literal_eval', 'exec': '; call functions instead',
    'compile': '; call functions instead', 'input': '; the function receives its input as arguments',
    'open': '; the function receives its input as arguments', 'locals': '; use vars(obj) or globals()',
    'exit': '; return from the function instead', 'quit': '; return from the function instead',
    'breakpoint': '; print what you need instead', 'help': '; print what you need instead',
}

# Dunder names player code may write (attribute or name). Every other dunder is hidden.
SAFE_DUNDERS = frozenset((
    '__init__', '__new__', '__name__', '__qualname__', '__doc__', '__class__', '__main__',
    '__len__', '__iter__', '__next__', '__reversed__', '__getitem__', '__setitem__',
    '__delitem__', '__contains__', '__missing__', '__eq__', '__ne__', '__lt__', '__le__',
    '__gt__', '__ge__', '__hash__', '__repr__', '__str__', '__format__', '__bool__',
    '__call__', '__enter__', '__exit__', '__getattr__', '__post_init__', '__slots__', '__setattr__',
    '__delattr__', '__set_name__', '__init_subclass__', '__class_getitem__', '__match_args__',
    '__add__', '__radd__', '__iadd__', '__sub__', '__rsub__', '__isub__', '__mul__', '__rmul__',
    '__imul__', '__truediv__', '__rtruediv__', '__itruediv__', '__floordiv__', '__rfloordiv__',
    '__ifloordiv__', '__mod__', '__rmod__', '__imod__', '__pow__', '__rpow__', '__ipow__',
    '__matmul__', '__rmatmul__', '__divmod__', '__rdivmod__', '__neg__', '__pos__', '__abs__',
    '__invert__', '__and__', '__rand__', '__iand__', '__or__', '__ror__', '__ior__', '__xor__',
    '__rxor__', '__ixor__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
    '__index__', '__int__', '__float__', '__complex__', '__round__', '__trunc__', '__floor__',
    '__ceil__', '__copy__', '__deepcopy__', '__sizeof__', '__await__', '__aiter__', '__anext__',
    '__get__', '__set__', '__delete__', '__dataclass_fields__', '__version__', '__all__',
))

# Non-dunder attributes that reach frames, code or the class graph.
FRAME_ATTRS = frozenset((
    'gi_frame', 'gi_code', 'gi_yieldfrom', 'gi_suspended', 'cr_frame', 'cr_code', 'cr_await',
    'cr_origin', 'ag_frame', 'ag_code', 'ag_await', 'f_back', 'f_globals', 'f_locals',
    'f_builtins', 'f_code', 'f_trace', 'f_lasti', 'f_lineno', 'tb_frame', 'tb_next', 'tb_lasti',
    'tb_lineno', 'mro', 'func_globals', 'func_code', 'func_closure',
))


def forbidden_name(name):
    """True for names player code may never reach, as attribute or variable."""
    if name in FRAME_ATTRS or name.startswith('co_'):
        return True
    if len(name) > 4 and name.startswith('__') and name.endswith('__'):
        return name not in SAFE_DUNDERS
    return False


class SandboxViolation(BaseException):
    """Raised when player code steps on the wall. Recorded, so swallowing it does not help."""


def setup(allowed_imports, extra_builtins, recursion_limit, player_module):
    # One closure, so that nothing below is reachable as a module attribute. Its sections, in
    # order (each under a "# ----" header): recursion; host-killers; attribute guards; module
    # views; imports; library paths that evaluate text; builtins; static check and rewrite;
    # match statements; compiling from text, one statement per line; and last the host's
    # entry points (prepare, load, call, types), returned by name.
    allowed_imports = frozenset(n for n in allowed_imports.split(',') if n)
    extra_builtins = frozenset(n for n in extra_builtins.split(',') if n)
    violations = []
    real_import = _b.__import__
    real_getattr = _b.getattr
    real_setattr = _b.setattr
    real_delattr = _b.delattr
    real_type = _b.type
    real_isinstance = _b.isinstance
    real_str = _b.str
    real_format = real_str.format
    real_format_map = real_str.format_map
    real_print = _b.print
    views = {}
    view_types = set()  # the exact classes of module views: checked by type, never isinstance

    def violation(message):
        violations.append(message)
        raise SandboxViolation(message)

    def top(name):
        return name.split('.', 1)[0]

    def module_allowed(name):
        return name in allowed_imports or top(name) in allowed_imports

    # ---- recursion -------------------------------------------------------------------
    overhead = 30
    _sys.setrecursionlimit(recursion_limit + overhead)

    # ---- host-killers: neutered in the real modules too, in case the wall falls -------
    def denied(*args, **kwargs):
        raise PermissionError('not allowed in the sandbox')

    for mod_name, names in (
            ('_signal', ('raise_signal', 'signal', 'alarm', 'setitimer', 'pthread_kill',
                         'set_wakeup_fd', 'siginterrupt', 'pthread_sigmask', 'sigwait')),
            ('posix', ('_exit', 'kill', 'killpg', 'abort', 'fork', 'forkpty', 'system', 'execv',
                       'execve', 'posix_spawn', 'posix_spawnp', 'setuid', 'setgid', 'chdir')),
            ('_thread', ('start_new_thread', 'start_new', 'interrupt_main'))):
        mod = _sys.modules.get(mod_name)
        if mod is not None:
            for n in names:
                if hasattr(mod, n):
                    real_setattr(mod, n, denied)
    _imp = _sys.modules.get('_imp')
    if _imp is not None and hasattr(_imp, 'create_builtin'):
        real_create_builtin = _imp.create_builtin
        # 'polyglot' stays loadable: GraalPy's own time and datetime import it (players cannot)
        never_builtin = frozenset(('_signal', 'signal', 'faulthandler', 'java',
                                   '_frozen_importlib', 'atexit', 'gc', 'resource', '_ctypes'))

        def create_builtin(spec):
            if real_getattr(spec, 'name', None) in never_builtin:
                raise ImportError('not allowed in the sandbox')
            return real_create_builtin(spec)
        _imp.create_builtin = create_builtin

    # ---- attribute guards ------------------------------------------------------------
    def exact_name(name):
        """The exact str behind a name. A str subclass can lie to every check made through its
        own methods (startswith, __eq__, __hash__, split, isidentifier), while getattr and the
        code generators use its characters: names are converted before they are checked."""
        t = real_type(name)
        if t is str:
            return name
        if issubclass(t, str):
            name = ''.join([name])
            if real_type(name) is str:
                return name
        raise TypeError('attribute name must be string')

    def check_field(field):
        first, rest = _string.formatter_field_name_split(field)
        for is_attr, key in rest:
            if is_attr and (key.startswith('_') or forbidden_name(key)):
                violation("access to '%s' in a format string is not allowed" % key)

    def check_format(fmt):
        for literal, field, spec, conversion in _string.formatter_parser(fmt):
            if field is not None:
                check_field(field)
            if spec:
                check_format(spec)

    def safe_format(self, *args, **kwargs):
        if issubclass(real_type(self), str):
            self = exact_name(self)
            check_format(self)
        return real_format(self, *args, **kwargs)

    def safe_format_map(self, mapping):
        if issubclass(real_type(self), str):
            self = exact_name(self)
            check_format(self)
        return real_format_map(self, mapping)

    super_thisclass = super.__dict__['__thisclass__'].__get__
    super_self_class = super.__dict__['__self_class__'].__get__

    def owner_is_player(obj, name):
        """Private attributes are open on objects of player classes only, never on library ones."""
        if real_type(obj) is super:
            # super() looks the name up in the MRO of the instance's class after __thisclass__
            this, start = super_thisclass(obj), super_self_class(obj)
            if start is None:
                return False
            mro = type.__dict__['__mro__'].__get__(start)
            after = False
            for c in mro:
                if after and name in type.__dict__['__dict__'].__get__(c):
                    return type.__dict__['__module__'].__get__(c) == player_module
                after = after or c is this
            return True  # not in any class: the real lookup raises AttributeError
        if issubclass(real_type(obj), type):
            klass, instance = obj, False
        else:
            klass, instance = real_type(obj), True
        try:
            mro = type.__dict__['__mro__'].__get__(klass)
        except Exception:
            return False
        for c in mro:
            d = type.__dict__['__dict__'].__get__(c)
            if name in d:
                return type.__dict__['__module__'].__get__(c) == player_module
        return instance and type.__dict__['__module__'].__get__(klass) == player_module

    def check_attr(obj, name):
        """Checks a load (or delete) of obj.name; returns the exact name to use."""
        name = exact_name(name)
        k = real_type(obj)
        if name == '__dict__' and not issubclass(k, type) and k not in view_types and is_player_only(k):
            return name  # the attributes of the player's own objects, nothing more (135: not classes)
        if forbidden_name(name):
            violation("access to '%s' is not allowed" % name)
        if k in view_types:
            return name
        if (name == '__set__' or name == '__delete__') and not is_player_only(k):
            # a library descriptor's __set__ (a slot, a getset) is a store without the store guard
            violation("calling '%s' of a library descriptor is not allowed; assign the attribute instead" % name)
        if name.startswith('_') and not (name.startswith('__') and name.endswith('__')):
            if not owner_is_player(obj, name):
                violation("access to '%s' of a library object is not allowed; use its public API" % name)
        return name

    type_dict = type.__dict__['__dict__'].__get__

    def defining_class(klass, name):
        for c in type_mro(klass):
            if name in type_dict(c):
                return c
        return None

    def is_player_function(obj):
        return real_type(obj) is _FunctionType and _FunctionType.__dict__['__globals__'].__get__(obj) is player_globals

    def check_store(obj, name):
        """Checks a store or delete of obj.name; returns the exact name. The player's own objects
        and classes take any name; a library class or module is never changed; on a library
        object only a name no library class defines (it lands in the object's own __dict__)."""
        name = exact_name(name)
        k = real_type(obj)
        if player_only.get(id(k)) is k:
            return name
        if forbidden_name(name):
            violation("changing '%s' is not allowed" % name)
        if k in view_types or k is _ModuleType:
            violation('a module is read-only')
        if issubclass(k, type):
            if is_player_only(obj):
                return name
            module = type_module(obj)
            owner = defining_class(obj, name)
            if real_type(module) is not str or module != player_module or (
                    owner is not None and type_module(owner) != player_module):
                violation("changing '%s' of a library class is not allowed" % name)
            return name
        if is_player_only(k):
            return name
        # a library object's public attributes are its API (decimal.getcontext().prec = 30),
        # except on the types whose attributes become generated code
        for c in type_mro(k):
            if c in frozen_types:
                violation("changing '%s' of a %s is not allowed" % (name, type.__dict__['__name__'].__get__(c)))
        owner = defining_class(k, name)
        if name.startswith('__') and owner is not None and type_module(owner) != player_module:
            if not (is_player_function(obj) and name in ('__name__', '__qualname__', '__doc__')):
                violation("changing '%s' of a library object is not allowed" % name)
        if name.startswith('_') and not (name.startswith('__') and name.endswith('__')):
            if not owner_is_player(obj, name):
                violation("changing '%s' of a library object is not allowed" % name)
        return name

    frozen_types = set()  # library types whose objects the player may not change at all

    def sc_store(obj, name):
        """The rewritten form of the object of `obj.name = v`, `del obj.name`, `obj.name += v`."""
        k = real_type(obj)
        if player_only.get(id(k)) is k:
            return obj
        check_store(obj, name)
        check_attr(obj, name)  # an augmented assignment loads it first
        return obj

    def checked_setter(obj, name, value):
        """__setattr__/__delattr__ as an attribute: object.__setattr__, type.__setattr__ and
        super().__setattr__ would otherwise be setattr without the guard."""
        if issubclass(real_type(obj), type) and real_type(obj) is not super:
            def unbound(target, attr, *rest):
                attr = check_store(target, attr)
                return value(target, attr, *rest)
            return unbound
        target = super.__dict__['__self__'].__get__(obj) if real_type(obj) is super else obj

        def bound(attr, *rest):
            attr = check_store(target, attr)
            return value(attr, *rest)
        return bound

    def checked_getter(obj, value):
        """A library class's __getattr__ (super().__getattr__ in a player's __getattr__) reads by
        name like getattr: the same check."""
        if issubclass(real_type(obj), type) and real_type(obj) is not super:
            def unbound(target, attr):
                return value(target, check_attr(target, attr))
            return unbound
        target = super.__dict__['__self__'].__get__(obj) if real_type(obj) is super else obj
        return lambda attr: value(check_attr(target, attr))

    BuiltinMethod = real_type(''.format)

    def sc_getattr(obj, name, *default):
        name = check_attr(obj, name)
        value = real_getattr(obj, name, *default)
        if name == '__setattr__' or name == '__delattr__':
            return checked_setter(obj, name, value)
        if name == '__getattr__' and not is_player_function(value):
            return checked_getter(obj, value)
        if name == 'format' or name == 'format_map':
            # str.format traverses attributes of its arguments: hand out the checked version,
            # however the method was reached (instance, str itself, a subclass, super())
            f = safe_format if name == 'format' else safe_format_map
            if value is real_format or value is real_format_map:
                return f
            if real_type(value) is BuiltinMethod:
                bound = real_getattr(value, '__self__', None)
                if real_isinstance(bound, str):
                    return lambda *a, **k: f(bound, *a, **k)
        return value

    # Classes whose whole MRO is player classes (and object): their private names are the
    # player's own, so the guard can skip the owner search. Keyed by id() so that no
    # player-defined __hash__/__eq__ takes part in the lookup; the class is kept as the value.
    player_only = {}
    not_player_only = {}
    type_module = type.__dict__['__module__'].__get__
    type_mro = type.__dict__['__mro__'].__get__

    def is_player_only(klass):
        i = id(klass)
        if player_only.get(i) is klass:
            return True
        if not_player_only.get(i) is klass:
            return False
        ok = True
        for c in type_mro(klass):
            if c is not object:
                m = type_module(c)
                if real_type(m) is not str or m != player_module:
                    ok = False
                    break
        (player_only if ok else not_player_only)[i] = klass
        return ok

    def sc_private(obj, name):
        """The rewritten form of `obj._name` (a load of a private attribute)."""
        k = real_type(obj)
        if player_only.get(id(k)) is k:
            return real_getattr(obj, name)
        if k is type and player_only.get(id(obj)) is obj:
            return real_getattr(obj, name)
        if is_player_only(k) or (k is type and is_player_only(obj)):
            return real_getattr(obj, name)
        return sc_getattr(obj, name)

    def sc_hasattr(obj, name):
        name = exact_name(name)
        try:
            sc_getattr(obj, name)
            return True
        except AttributeError:
            return False

    def sc_setattr(obj, name, value):
        return real_setattr(obj, check_store(obj, name), value)

    def sc_delattr(obj, name):
        return real_delattr(obj, check_store(obj, name))

    # ---- module views ------------------------------------------------------------------
    class _View:
        __slots__ = ()

    def make_view(mod, overrides, name=None):
        name = name or mod.__name__

        class ModuleView(_View):
            __slots__ = ()

            def __init_subclass__(cls, **kwargs):
                violation('a module view cannot be subclassed')

            def __getattribute__(self, attr):
                if attr == '__all__' and real_type(attr) is str:
                    # `from module import *`: the public names, each then read through this view
                    names = real_getattr(mod, '__all__', None)
                    if real_type(names) not in (list, tuple):
                        names = dir(mod)
                    return [n for n in names if real_type(n) is str and not n.startswith('_')
                            and (n in overrides or hasattr(mod, n))]
                if real_type(attr) is not str or attr.startswith('_'):
                    violation("access to '%s' of module '%s' is not allowed; use its public names" % (
                        attr if real_type(attr) is str else '?', name))
                if attr in overrides:
                    return overrides[attr]
                try:
                    value = real_getattr(mod, attr)
                except AttributeError:
                    # a fresh error: the real one carries the real module as .obj
                    raise AttributeError("module '%s' has no attribute '%s'" % (name, attr)) from None
                if real_type(value) is _ModuleType:
                    return view_of(value.__name__)
                return value

            def __setattr__(self, attr, value):
                violation("module '%s' is read-only" % name)

            def __delattr__(self, attr):
                violation("module '%s' is read-only" % name)

            def __dir__(self):
                return sorted(n for n in dir(mod) if not n.startswith('_'))

            def __repr__(self):
                return "<module '%s'>" % name

        ModuleView.__name__ = 'module'
        ModuleView.__qualname__ = 'module'
        view_types.add(ModuleView)
        return ModuleView()

    def view_of(name):
        view = views.get(name)
        if view is not None:
            return view
        if name != 'sys' and not module_allowed(name):
            violation("access to module '%s' is not allowed in this mission" % name)
        if name in FACADES:
            view = make_view(FACADES[name], {}, name)
        else:
            mod = _sys.modules.get(name) or real_import(name, None, None, ('*',), 0)
            view = make_view(mod, overrides_for(name, mod))
        views[name] = view
        return view

    class _SysFacade:
        __name__ = 'sys'
        maxsize = _sys.maxsize
        float_info = _sys.float_info
        int_info = _sys.int_info
        version_info = _sys.version_info
        version = _sys.version.split()[0]
        byteorder = _sys.byteorder
        hexversion = _sys.hexversion
        argv = []

        @staticmethod
        def getrecursionlimit():
            return _sys.getrecursionlimit() - overhead

        @staticmethod
        def setrecursionlimit(n):
            if real_type(n) is not int or n < 1:
                raise ValueError('recursion limit must be a positive int')
            _sys.setrecursionlimit(min(n, recursion_limit) + overhead)

        @staticmethod
        def set_int_max_str_digits(n):
            _sys.set_int_max_str_digits(n)

        class stdout:
            @staticmethod
            def write(s):
                real_print(s, end='')
                return len(s)

            @staticmethod
            def flush():
                pass

        class stderr:
            @staticmethod
            def write(s):
                real_print(s, end='', file=_sys.stderr)
                return len(s)

            @staticmethod
            def flush():
                pass

    import time as _time

    class _TimeFacade:
        """Clocks, formatting and a bounded sleep; the real time module is never handed out."""
        __name__ = 'time'
        time = staticmethod(_time.time)
        time_ns = staticmethod(_time.time_ns)
        perf_counter = staticmethod(_time.perf_counter)
        perf_counter_ns = staticmethod(_time.perf_counter_ns)
        monotonic = staticmethod(_time.monotonic)
        monotonic_ns = staticmethod(_time.monotonic_ns)
        process_time = staticmethod(_time.process_time)
        process_time_ns = staticmethod(_time.process_time_ns)
        gmtime = staticmethod(_time.gmtime)
        localtime = staticmethod(_time.localtime)
        mktime = staticmethod(_time.mktime)
        strftime = staticmethod(_time.strftime)
        strptime = staticmethod(_time.strptime)
        asctime = staticmethod(_time.asctime)
        ctime = staticmethod(_time.ctime)
        struct_time = _time.struct_time

        @staticmethod
        def sleep(seconds):
            # the wall-clock limit ends a long sleep anyway; one call never blocks longer than this
            if real_type(seconds) not in (int, float) or seconds < 0:
                raise ValueError('sleep length must be a non-negative number')
            _time.sleep(min(seconds, 5.0))

    class _AstFacade:
        """ast.literal_eval only: parsing literals builds no code."""
        __name__ = 'ast'

        @staticmethod
        def literal_eval(text):
            if real_type(text) is not str:
                raise ValueError('literal_eval takes a string in the sandbox')
            return real_import('ast', None, None, (), 0).literal_eval(text)

    FACADES = {'sys': _SysFacade, 'time': _TimeFacade, 'ast': _AstFacade}

    def future_view():
        view = views.get('__future__')
        if view is None:
            future = real_import('__future__', None, None, (), 0)
            view = views['__future__'] = make_view(future, {}, '__future__')
        return view

    def overrides_for(name, mod):
        if name == 'typing':
            real_hints = mod.get_type_hints

            def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
                # annotation strings are only ever evaluated against the player's globals
                return real_hints(obj, player_globals, localns, include_extras)
            return {'get_type_hints': get_type_hints}
        if name == 'operator':
            def check_names(names):
                exact = []
                for n in names:
                    n = exact_name(n)
                    for part in n.split('.'):
                        check_attr(None, part)
                        if part.startswith('_') or part in ('format', 'format_map', '__setattr__', '__delattr__'):
                            violation("access to '%s' is not allowed" % part)
                    exact.append(n)
                return exact

            # closures, not the real objects: type(real_attrgetter_object) would build
            # unchecked ones
            def attrgetter(*names):
                getter = mod.attrgetter(*check_names(names))
                return lambda obj: getter(obj)

            def methodcaller(name, *args, **kwargs):
                caller = mod.methodcaller(check_names((name,))[0], *args, **kwargs)
                return lambda obj: caller(obj)
            return {'attrgetter': attrgetter, 'methodcaller': methodcaller}
        if name == 'functools':
            real_update_wrapper = mod.update_wrapper
            default_assigned = mod.WRAPPER_ASSIGNMENTS
            partial = mod.partial

            def update_wrapper(wrapper, wrapped, assigned=default_assigned, updated=mod.WRAPPER_UPDATES):
                # a getattr of wrapped and a setattr of wrapper for every name: checked like them
                names = []
                for n in assigned:
                    n = exact_name(n)
                    if n not in default_assigned:
                        if n.startswith('_'):
                            violation("update_wrapper may copy public attributes and the default ones, not '%s'" % n)
                        check_attr(wrapped, n)
                        check_store(wrapper, n)
                    names.append(n)
                ups = []
                for n in updated:
                    n = exact_name(n)
                    wt = real_type(wrapped)
                    if n != '__dict__' or issubclass(wt, type) or wt is _ModuleType or wt in view_types \
                            or not callable(wrapped):
                        violation("update_wrapper may only copy the __dict__ of a function")
                    ups.append(n)
                return real_update_wrapper(wrapper, wrapped, tuple(names), tuple(ups))

            def wraps(wrapped, assigned=default_assigned, updated=mod.WRAPPER_UPDATES):
                return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)
            return {'update_wrapper': update_wrapper, 'wraps': wraps}
        if name == 'enum':
            def global_enum(cls, update_str=False):
                # the real one writes into sys.modules[cls.__module__], whatever module that names
                if not issubclass(real_type(cls), type) or type_module(cls) != player_module:
                    violation('enum.global_enum is only for enums the solution defines')
                members = real_getattr(cls, '__members__')
                for n in members:
                    if real_type(n) is not str or n.startswith('__'):
                        violation('enum.global_enum needs plain member names')
                if issubclass(cls, mod.Flag):
                    real_setattr(cls, '__repr__', mod.global_flag_repr)
                else:
                    real_setattr(cls, '__repr__', mod.global_enum_repr)
                if not issubclass(cls, mod.ReprEnum) or update_str:
                    real_setattr(cls, '__str__', mod.global_str)
                for n in members:
                    player_globals[n] = members[n]
                return cls
            return {'global_enum': global_enum}
        return {}

    # ---- imports -----------------------------------------------------------------------
    def sc_import(name, globals=None, locals=None, fromlist=(), level=0):
        if real_type(name) is not str:
            raise TypeError('module name must be a string')
        if level != 0:
            violation('relative imports are not allowed; import modules by their full name')
        if name == '__future__':
            # `from __future__ import annotations` acts when the source is compiled; the
            # statement itself only reads the feature objects
            return future_view()
        if any(part.startswith('_') for part in name.split('.')):
            violation("import of '%s' is not allowed in this mission" % name)
        if name in FACADES or top(name) in FACADES:
            if name not in FACADES:
                violation("import of '%s' is not allowed in this mission" % name)
            if name != 'sys' and not module_allowed(name):
                violation("import of '%s' is not allowed in this mission" % name)
        elif not module_allowed(name):
            violation("import of '%s' is not allowed in this mission" % top(name))
        else:
            real_import(name, None, None, (), 0)
            patch_loaded()
            for item in fromlist or ():
                if real_type(item) is str and not item.startswith('_'):
                    sub = name + '.' + item
                    if module_allowed(sub) and _sys.modules.get(sub) is None:
                        try:
                            real_import(sub, None, None, (), 0)
                        except ImportError:
                            pass
        if fromlist:
            return view_of(name)
        return view_of(top(name))

    def import_hook(name, globals=None, locals=None, fromlist=(), level=0):
        if globals is player_globals:
            return sc_import(name, None, None, fromlist, level)
        module = real_import(name, globals, locals, fromlist, level)
        if len(patched) < len(PATCHES):
            patch_loaded()
        return module

    # ---- library paths that evaluate text: patched wherever they are loaded from ---------
    patched = set()

    TYPE_NODES = frozenset((_ast.Expression, _ast.Name, _ast.Load, _ast.Attribute, _ast.Subscript,
                            _ast.Tuple, _ast.List, _ast.Constant, _ast.BinOp, _ast.BitOr))

    def check_type_text(text):
        """A string annotation is code the static check never saw: only a type expression
        (names, public attributes, subscripts, |) may be evaluated."""
        try:
            tree = compile(exact_name(text), '<annotation>', 'eval', _PyCF_ONLY_AST)
        except SyntaxError:
            return  # the real evaluation raises the SyntaxError
        for node in walk(tree):
            t = real_type(node)
            if t not in TYPE_NODES:
                violation('the annotation %r is not a type expression' % text[:80])
            if t is _ast.Name and (forbidden_name(node.id) or node.id in NEVER_BUILTINS):
                violation("access to '%s' is not allowed" % node.id)
            if t is _ast.Attribute and (node.attr.startswith('_') or forbidden_name(node.attr)
                                        or node.attr in ('format', 'format_map')):
                violation("access to '%s' is not allowed" % node.attr)

    def patch_typing(typing):
        real_evaluate = typing.ForwardRef._evaluate
        slots = type_dict(typing.ForwardRef)
        arg_of = slots['__forward_arg__'].__get__
        module_of = slots['__forward_module__'].__get__

        def _evaluate(self, globalns, localns, *args, **kwargs):
            # a forward reference is player text: it only ever sees the player's names, and
            # only if it is a type expression
            module = module_of(self)
            if module is not None and module != player_module:
                violation("a forward reference in module '%s' is not allowed" % exact_name(module)[:80])
            check_type_text(arg_of(self))
            if real_type(localns) is not dict:
                localns = None
            return real_evaluate(self, player_globals, localns, *args, **kwargs)
        typing.ForwardRef._evaluate = _evaluate

    def patch_dataclasses(dataclasses):
        real_process = dataclasses._process_class
        keyword = real_import('keyword', None, None, (), 0)

        def _process_class(cls, *args, **kwargs):
            # field names become source text of the generated __init__: identifiers only
            namespace = type.__dict__['__dict__'].__get__(cls)
            annotations = namespace.get('__annotations__', {})
            if real_type(annotations) is not dict:
                raise TypeError('dataclass annotations must be a plain dict')
            for name in annotations:
                if real_type(name) is not str or not str.isidentifier(name) or keyword.iskeyword(name):
                    raise TypeError('dataclass field names must be identifiers')
            return real_process(cls, *args, **kwargs)
        dataclasses._process_class = _process_class

        frozen_types.add(dataclasses.Field)
        real_create_fn = dataclasses._create_fn

        def _create_fn(name, args, body, *, globals=None, locals=None, **kwargs):
            # the one place dataclasses turns text into code: whatever renamed field, fake
            # Field or __class__ trick put text there, the code must be what dataclasses writes
            args = [exact_name(a) for a in args]
            body = [exact_name(b) for b in body]
            local_names = [exact_name(n) for n in (locals or {})]
            check_generated(exact_name(name), args, body, local_names)
            return real_create_fn(name, args, body, globals=globals, locals=locals, **kwargs)
        dataclasses._create_fn = _create_fn

    GENERATED_NODES = frozenset((
        _ast.Module, _ast.FunctionDef, _ast.arguments, _ast.arg, _ast.Return, _ast.If, _ast.Assign,
        _ast.Expr, _ast.Call, _ast.Attribute, _ast.Name, _ast.Constant, _ast.Tuple, _ast.List,
        _ast.Compare, _ast.BoolOp, _ast.UnaryOp, _ast.IfExp, _ast.Raise, _ast.Subscript, _ast.keyword,
        _ast.JoinedStr, _ast.FormattedValue, _ast.Starred, _ast.Pass, _ast.Load, _ast.Store,
        _ast.Is, _ast.IsNot, _ast.Eq, _ast.NotEq, _ast.Lt, _ast.LtE, _ast.Gt, _ast.GtE, _ast.In,
        _ast.NotIn, _ast.And, _ast.Or, _ast.Not, _ast.BinOp, _ast.Add, _ast.Set))
    GENERATED_BUILTINS = frozenset(('NotImplemented', 'hash', 'type', 'super', 'object', 'tuple', 'id',
                                    'len', 'repr', 'isinstance', 'None', 'True', 'False'))

    def check_generated(name, args, body, local_names):
        text = 'def %s(%s):\n%s\n' % (name, ','.join(args), '\n'.join(' ' + b for b in body))
        try:
            tree = compile(text, '<dataclass>', 'exec', _PyCF_ONLY_AST)
        except SyntaxError:
            violation('a dataclass would generate code from text that is not a field name')
        known = set(local_names) | GENERATED_BUILTINS
        for node in walk(tree):
            t = real_type(node)
            if t is _ast.arg:
                known.add(node.arg)
        for node in walk(tree):
            t = real_type(node)
            bad = t not in GENERATED_NODES
            if t is _ast.FunctionDef:
                bad = bad or len(tree.body) != 1
            elif t is _ast.Name:
                bad = node.id not in known and not node.id.startswith('__dataclass_')
            elif t is _ast.Attribute:
                bad = forbidden_name(node.attr)
            elif t is _ast.Constant and real_type(node.value) is str:
                bad = forbidden_name(node.value)
            if bad:
                violation('a dataclass would generate code from text that is not a field name')

    def patch_string(string):
        real_get_field = string.Formatter.get_field

        def get_field(self, field_name, args, kwargs):
            # Formatter traverses attributes like str.format, and returns the objects
            field_name = exact_name(field_name)
            check_field(field_name)
            return real_get_field(self, field_name, args, kwargs)
        string.Formatter.get_field = get_field

    # module -> (attribute that exists once the module finished loading, patch)
    PATCHES = {'typing': ('ForwardRef', patch_typing), 'dataclasses': ('_process_class', patch_dataclasses),
               'string': ('Formatter', patch_string)}

    def patch_loaded():
        for name, (ready, patch) in PATCHES.items():
            if name not in patched:
                mod = _sys.modules.get(name)
                if mod is not None and hasattr(mod, ready):
                    patched.add(name)
                    patch(mod)

    patch_loaded()

    # ---- builtins ----------------------------------------------------------------------
    def stub(name):
        """What a player name that is not allowed is bound to: any use of it is a violation."""
        def deny(*args, **kwargs):
            violation("'%s' is not allowed in this mission" % name)

        class NotAllowed:
            __slots__ = ()
            __call__ = deny
            __getattribute__ = deny
            __repr__ = deny
            __str__ = deny
            __bool__ = deny
            __iter__ = deny
            __eq__ = deny
            __hash__ = deny
            __instancecheck__ = deny
            __subclasscheck__ = deny
            __mro_entries__ = deny
        return NotAllowed()

    def sc_vars(*args):
        if len(args) != 1:
            violation('vars() needs an argument here: vars(obj) of your own objects; for module names use globals()')
        return sc_getattr(args[0], '__dict__')

    class PlayerGlobals(dict):
        """What globals() gives the player: their module's names, read and written through checks
        (guard names and dunders stay out; deleting a builtin's name would reveal the real one)."""
        __slots__ = ()

        def __getitem__(self, key):
            return player_globals[global_name(key)]

        def __setitem__(self, key, value):
            player_globals[global_name(key)] = value

        def __delitem__(self, key):
            key = global_name(key)
            if key in builtin_names:
                violation("deleting '%s' is not allowed" % key)
            del player_globals[key]

        def __contains__(self, key):
            return real_type(key) is str and not forbidden_name(key) and key in player_globals

        def get(self, key, default=None):
            key = global_name(key)
            return player_globals[key] if key in player_globals else default

        def setdefault(self, key, default=None):
            key = global_name(key)
            if key not in player_globals:
                player_globals[key] = default
            return player_globals[key]

        def pop(self, key, *default):
            key = global_name(key)
            if key in builtin_names:
                violation("deleting '%s' is not allowed" % key)
            return player_globals.pop(key, *default)

        def update(self, *args, **kwargs):
            for k, v in dict(*args, **kwargs).items():
                self[k] = v

        def keys(self):
            return [k for k in player_globals if visible_global(k)]

        def __iter__(self):
            return iter(self.keys())

        def __len__(self):
            return len(self.keys())

        def values(self):
            return [player_globals[k] for k in self.keys()]

        def items(self):
            return [(k, player_globals[k]) for k in self.keys()]

        def copy(self):
            return dict(self.items())

        def __repr__(self):
            return repr(self.copy())

    def global_name(key):
        key = exact_name(key)
        if forbidden_name(key):
            violation("access to '%s' is not allowed" % key)
        return key

    def visible_global(k):
        return not forbidden_name(k) and not (k in initial_globals and player_globals[k] is initial_globals[k])

    the_globals = PlayerGlobals()

    guarded = {
        'getattr': sc_getattr, 'setattr': sc_setattr, 'delattr': sc_delattr,
        'hasattr': sc_hasattr, '__import__': sc_import, 'vars': sc_vars, 'globals': lambda: the_globals,
    }
    # the player's module is a real module in sys.modules, as in CPython: dataclasses and
    # typing look a class's module up there (string annotations); never handed to the player
    player_module_object = _ModuleType(player_module)
    player_globals = player_module_object.__dict__
    _sys.modules[player_module] = player_module_object
    allowed = (DEFAULT_BUILTINS | frozenset(extra_builtins)) - NEVER_BUILTINS
    for n in dir(_b):
        if n in guarded:
            player_globals[n] = guarded[n]
        elif n in allowed:
            player_globals[n] = real_getattr(_b, n)
        elif n not in ('__name__',):
            player_globals[n] = stub(n)
    for n in NEVER_BUILTINS:
        player_globals[n] = stub(n)
    player_globals['__name__'] = player_module
    player_globals['__sc_getattr__'] = sc_getattr
    player_globals['__sc_private__'] = sc_private
    player_globals['__sc_store__'] = sc_store
    player_globals['__sc_match_class__'] = lambda cls: sc_match_class(cls)
    initial_globals = dict(player_globals)
    _b.__import__ = import_hook
    _sys.modules.pop('__main__', None)

    # ---- static check and rewrite --------------------------------------------------------
    builtin_names = frozenset(dir(_b))

    def bound_names(tree):
        """Every name the source binds somewhere: a local called input is not a call of input."""
        names = set()
        for node in walk(tree):
            t = real_type(node)
            if t is _ast.Name and real_type(node.ctx) is _ast.Store:
                names.add(node.id)
            elif t is _ast.arg:
                names.add(node.arg)
            elif t is _ast.alias:
                names.add(node.asname or node.name.split('.')[0])
            elif t in BINDERS:
                for n in BINDERS[t](node):
                    if n is not None:
                        names.add(n)
        return names

    def static_check(tree):
        problems = []
        own = bound_names(tree)

        def bad(node, what):
            problems.append((real_getattr(node, 'lineno', 0), what))

        def visit(node, cls_name):
            t = real_type(node)
            if t is _ast.Attribute:
                if node.attr == '__dict__' and real_type(node.ctx) is _ast.Load:
                    pass  # rewritten: open on instances of player classes only
                elif forbidden_name(node.attr):
                    bad(node, "access to '%s' is not allowed" % node.attr)
            elif t is _ast.Name:
                if forbidden_name(node.id) or (node.id in NEVER_BUILTINS and node.id not in own):
                    if node.id in NEVER_BUILTINS and node.id not in ('__builtins__', '__loader__', '__spec__'):
                        bad(node, "'%s' is not allowed in this mission%s" % (node.id, NEVER_HINTS.get(node.id, '')))
                    else:
                        bad(node, "access to '%s' is not allowed" % node.id)
                elif real_type(node.ctx) is _ast.Del and node.id in builtin_names:
                    bad(node, "deleting '%s' is not allowed" % node.id)
            elif t is _ast.Constant:
                if real_type(node.value) is str and forbidden_name(node.value):
                    bad(node, "access to '%s' is not allowed" % node.value)
            elif t is _ast.alias:
                if forbidden_name(node.name.split('.')[-1]) or (node.asname and forbidden_name(node.asname)):
                    bad(node, "import of '%s' is not allowed" % node.name)
            elif t is _ast.keyword:
                if node.arg and forbidden_name(node.arg):
                    bad(node, "access to '%s' is not allowed" % node.arg)
            elif t is _ast.MatchClass:
                # class patterns read attributes by name without an Attribute node
                for n in node.kwd_attrs:
                    if forbidden_name(n) or n.startswith('_') or n in ('format', 'format_map'):
                        bad(node, "access to '%s' is not allowed in a class pattern" % n)
                c = node.cls
                while real_type(c) is _ast.Attribute:
                    if c.attr.startswith('_') or c.attr in ('format', 'format_map'):
                        bad(node, "a class pattern must name its class by public names, not '%s'" % c.attr)
                    c = c.value
            elif t in BINDERS:
                # names bound without a Name node: def/class names, except-as, match captures
                for n in BINDERS[t](node):
                    if n is not None and forbidden_name(n):
                        bad(node, "the name '%s' cannot be bound" % n)
            elif t is _ast.Global or t is _ast.Nonlocal:
                for n in node.names:
                    if forbidden_name(n):
                        bad(node, "access to '%s' is not allowed" % n)
            if t is _ast.FunctionDef or t is _ast.AsyncFunctionDef or t is _ast.ClassDef or t is _ast.Lambda:
                for a in _walk_args(node):
                    if forbidden_name(a):
                        bad(node, "access to '%s' is not allowed" % a)
            for field in node._fields:
                child = real_getattr(node, field, None)
                if real_type(child) is list:
                    for c in child:
                        if real_isinstance(c, _ast.AST):
                            visit(c, cls_name)
                elif real_isinstance(child, _ast.AST):
                    visit(child, cls_name)
        visit(tree, None)
        return problems

    BINDERS = {
        _ast.FunctionDef: lambda n: (n.name,), _ast.AsyncFunctionDef: lambda n: (n.name,),
        _ast.ClassDef: lambda n: (n.name,), _ast.ExceptHandler: lambda n: (n.name,),
        _ast.MatchAs: lambda n: (n.name,), _ast.MatchStar: lambda n: (n.name,),
        _ast.MatchMapping: lambda n: (n.rest,),
    }
    for _tp in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
        if hasattr(_ast, _tp):
            BINDERS[getattr(_ast, _tp)] = lambda n: (n.name,)

    def _walk_args(node):
        args = real_getattr(node, 'args', None)
        if real_type(args) is _ast.arguments:
            for group in (args.posonlyargs, args.args, args.kwonlyargs):
                for a in group:
                    yield a.arg
            if args.vararg:
                yield args.vararg.arg
            if args.kwarg:
                yield args.kwarg.arg

    def rewrite(node, cls_name):
        """Private and format attribute loads go through the run-time guard."""
        t = real_type(node)
        if t is _ast.ClassDef:
            cls_name = node.name
        for field in node._fields:
            child = real_getattr(node, field, None)
            if real_type(child) is list:
                for i in range(len(child)):
                    c = child[i]
                    if real_isinstance(c, _ast.AST):
                        child[i] = rewrite(c, cls_name)
            elif real_isinstance(child, _ast.AST):
                real_setattr(node, field, rewrite(child, cls_name))
        if t is _ast.Attribute and real_type(node.ctx) is _ast.Load:
            attr = node.attr
            if attr.startswith('_') and not (attr.startswith('__') and attr.endswith('__')):
                if attr.startswith('__') and cls_name:
                    attr = '_' + cls_name.lstrip('_') + attr
                return guarded_load(node, attr, '__sc_private__')
            if attr == 'format' or attr == 'format_map' or attr == '__dict__' or attr == '__setattr__' \
                    or attr == '__delattr__' or attr == '__getattr__' or attr == '__set__' or attr == '__delete__':
                return guarded_load(node, attr, '__sc_getattr__')
        elif t is _ast.Attribute:
            # a store or delete: the object goes through the guard, the statement stays
            attr = node.attr
            if attr.startswith('__') and not attr.endswith('__') and cls_name:
                attr = '_' + cls_name.lstrip('_') + attr
            guard_edits.append((node, attr, '__sc_store__'))
            call = _ast.Call(func=_ast.Name(id='__sc_store__', ctx=_ast.Load()),
                             args=[node.value, _ast.Constant(value=attr)], keywords=[])
            for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
                real_setattr(call, a, real_getattr(node.value, a))
                real_setattr(call.func, a, real_getattr(node.value, a))
                real_setattr(call.args[1], a, real_getattr(node.value, a))
            node.value = call
        return node

    # ---- match statements: class patterns read attributes named at run time ------------------
    # `case C(a, b)` makes the interpreter read C.__match_args__ and then getattr(subject, name)
    # for each name, with no attribute node the rewrite could guard. Every class used with
    # positional sub-patterns is therefore replaced by a snapshot class taken just before the
    # match statement: its isinstance is the real class's, its __match_args__ a checked copy.
    hoisted = []  # (line, col, text inserted there, lines it adds); (line, col, end_line, end_col, text)

    def dotted(node):
        if real_type(node) is _ast.Name:
            return node.id
        if real_type(node) is _ast.Attribute:
            return dotted(node.value) + '.' + node.attr
        raise ValueError('not a dotted name')

    def place(node, line, col):
        for n in walk(node):
            if 'lineno' in real_type(n)._attributes:
                n.lineno, n.col_offset, n.end_lineno, n.end_col_offset = line, col, line, col

    def hoist_matches(tree):
        count = 0
        for node in list(walk(tree)):
            for field in _STMT_LISTS:
                block = real_getattr(node, field, None)
                if real_type(block) is not list:
                    continue
                i = 0
                while i < len(block):
                    m = block[i]
                    if real_type(m) is not _ast.Match:
                        i += 1
                        continue
                    classes = [n for case in m.cases for n in walk(case.pattern)
                               if real_type(n) is _ast.MatchClass and n.patterns]
                    texts = []
                    for mc in classes:
                        count += 1
                        hidden = '__sc_mc%d__' % count
                        text = '%s = __sc_match_class__(%s)' % (hidden, dotted(mc.cls))
                        assign = compile(text, '<solution>', 'exec', _PyCF_ONLY_AST).body[0]
                        place(assign, m.lineno, m.col_offset)
                        block.insert(i, assign)
                        i += 1
                        old = mc.cls
                        hoisted.append((old.lineno, old.col_offset, old.end_lineno, old.end_col_offset, hidden))
                        name = _ast.Name(id=hidden, ctx=_ast.Load())
                        name.lineno, name.col_offset = old.lineno, old.col_offset
                        name.end_lineno, name.end_col_offset = old.end_lineno, old.end_col_offset
                        mc.cls = name
                        texts.append(text)
                    if texts:
                        hoisted.append((m.lineno, m.col_offset, texts))
                    i += 1

    def expand_star_imports(tree):
        """`from m import *` becomes `from m import a, b, ...` (the view's public names): GraalPy's
        star import needs a real module, and every name is then read through the view."""
        for node in walk(tree):
            if real_type(node) is not _ast.ImportFrom or node.level != 0 or not node.module:
                continue
            if len(node.names) != 1 or node.names[0].name != '*':
                continue
            name = node.module
            if name != 'sys' and name not in FACADES and not module_allowed(name):
                continue  # refused when it runs, by the import hook
            if any(part.startswith('_') for part in name.split('.')):
                continue
            try:
                if name not in FACADES and name != 'sys':
                    real_import(name, None, None, (), 0)
                names = view_of(name).__all__
            except Exception:
                continue
            if not names:
                continue
            star = node.names[0]
            where = star if real_getattr(star, 'lineno', None) is not None else node
            aliases = []
            for n in names:
                a = _ast.alias(name=n, asname=None)
                a.lineno, a.col_offset = where.lineno, where.col_offset
                a.end_lineno, a.end_col_offset = where.end_lineno, where.end_col_offset
                aliases.append(a)
            node.names = aliases
            if where is star:
                hoisted.append((star.lineno, star.col_offset, star.end_lineno, star.end_col_offset, ', '.join(names)))

    SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
    snap_targets = {}  # id(snapshot) -> (class, snapshot)
    snapshots = {}  # id(class) -> (class, its __match_args__, snapshot)

    class MatchSnapshot(type):
        def __instancecheck__(snap, obj):
            return real_isinstance(obj, snap_targets[id(snap)][0])

    def sc_match_class(cls):
        if not issubclass(real_type(cls), type):
            raise TypeError('called match pattern must be a class')
        names = None
        mro = type_mro(cls)
        for c in mro:
            d = type_dict(c)
            if '__match_args__' in d:
                names = d['__match_args__']
                break
        if names is None:
            if real_type(cls) is type:
                for b in SELF_MATCHING:
                    if b in mro:
                        return cls  # int(x), str(s): the subject itself, no attribute read
            names = ()
        known = snapshots.get(id(cls))
        if known is not None and known[0] is cls and known[1] is names:
            return known[2]
        cls_name = type.__dict__['__name__'].__get__(cls)
        if real_type(names) is not tuple:
            raise TypeError('%s.__match_args__ must be a tuple' % cls_name)
        for n in names:
            if real_type(n) is not str or n.startswith('_') or forbidden_name(n) or n in ('format', 'format_map'):
                violation("a class pattern cannot read '%s' by position; match it by keyword or "
                          "give the class public __match_args__" % (n if real_type(n) is str else '?'))
        snap = MatchSnapshot(cls_name, (), {'__match_args__': names, '__slots__': ()})
        snap_targets[id(snap)] = (cls, snap)
        snapshots[id(cls)] = (cls, names, snap)
        return snap

    def guarded_load(node, attr, guard):
        guard_edits.append((node, attr, guard))
        call = _ast.Call(func=_ast.Name(id=guard, ctx=_ast.Load()),
                         args=[node.value, _ast.Constant(value=attr)], keywords=[])
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            real_setattr(call, a, real_getattr(node, a))
            real_setattr(call.func, a, real_getattr(node, a))
            real_setattr(call.args[1], a, real_getattr(node, a))
        return call

    # ---- compiling from text, one statement per line --------------------------------------
    # GraalPy compiles an AST object against a source without text, and its statement
    # instrumentation (the statement counter, StatementCountingInstrument) needs the text; its
    # statement events are also line changes, so a loop written on one line would count once.
    # The rewritten tree is therefore turned back into text: the guarded loads are spliced into
    # the player's own text, and every statement that shares a line with code before it is
    # moved to a line of its own. The text is accepted only if it parses to exactly the
    # rewritten tree; otherwise the tree is compiled as before and statements are not counted.
    # line_map[text line] is the player's line, for error messages.

    guard_edits = []
    _STMT_LISTS = ('body', 'orelse', 'finalbody')

    def line_offsets(src):
        starts = [0, 0]
        i = src.find('\n')
        while i >= 0:
            starts.append(i + 1)
            i = src.find('\n', i + 1)
        return starts

    def indent_of(src, starts, line):
        begin = starts[line]
        end = begin
        while end < len(src) and src[end] in ' \t\f':
            end += 1
        return src[begin:end]

    def statement_lists(tree):
        """(header statement or None, list of statements) for every block of the tree."""
        found = [(None, tree.body)]
        for node in walk(tree):
            t = real_type(node)
            if t is _ast.Module:
                continue
            line = real_getattr(node, 'lineno', None)
            if t is _ast.match_case:
                line = node.pattern.lineno
            for field in _STMT_LISTS:
                block = real_getattr(node, field, None)
                if real_type(block) is list and block and real_isinstance(block[0], _ast.stmt):
                    found.append((line, block))
        return found

    def layout(source, tree):
        """Returns (text, line_map), (source, None) when nothing changes, or None when the text
        cannot be made to match the tree."""
        src = source  # GraalPy's col_offset counts characters, not UTF-8 bytes as CPython's
        starts = line_offsets(src)
        nlines = len(starts) - 1

        def at(line, col):
            if line < 1 or line > nlines:
                raise ValueError('position out of range')
            return starts[line] + col

        edits = []   # (position, order, end, text); applied from the end of the text
        order = 0
        for node, attr, guard in guard_edits:
            start = at(node.lineno, node.col_offset)
            end = at(node.end_lineno, node.end_col_offset)
            name = node.attr
            if src[end - len(name):end] != name:
                return None
            dot = end - len(name) - 1
            while dot > start and src[dot] in ' \t\f':
                dot -= 1
            if src[dot:dot + 1] != '.' or '\n' in src[dot:end]:
                return None
            edits.append((start, order, start, guard + '('))
            order += 1
            if guard == '__sc_store__':
                edits.append((dot, -1, dot, ', %r)' % attr))  # obj.attr = v -> guard(obj, 'attr').attr = v
            else:
                edits.append((dot, -1, end, ', %r)' % attr))
        breaks = []
        for h in hoisted:
            if len(h) == 5:
                start, end = at(h[0], h[1]), at(h[2], h[3])
                edits.append((start, order, end, h[4]))
                order += 1
            else:
                line, col, texts = h
                pos = at(line, col)
                indent = src[starts[line]:pos]
                if indent.strip(' \t\f'):
                    return None
                edits.append((pos, 1 << 29, pos, ''.join(t + '\n' + indent for t in texts)))
                breaks.extend([line] * len(texts))
        for header_line, block in statement_lists(tree):
            block_indent = None
            for stmt in block:
                line = stmt.lineno
                first_on_line = src[starts[line]:at(line, stmt.col_offset)].strip(' \t\f') == ''
                if block_indent is None:
                    if first_on_line:
                        block_indent = indent_of(src, starts, line)
                    elif header_line is None:
                        return None
                    else:
                        block_indent = indent_of(src, starts, header_line) + ' '
                if not first_on_line:
                    # applied after the guards that start at the same place: the line break goes first
                    pos = at(line, stmt.col_offset)
                    edits.append((pos, 1 << 30, pos, '\n' + block_indent))
                    breaks.append(line)
        if not edits:
            return source, None
        edits.sort(key=lambda e: (-e[0], e[1]))
        pieces = []
        cursor = len(src)
        for pos, _, end, piece in edits:
            if end > cursor:
                return None
            pieces.append(src[end:cursor])
            pieces.append(piece)
            cursor = pos
        pieces.append(src[:cursor])
        pieces.reverse()
        text = ''.join(pieces)
        line_map = [0]
        extra = {}
        for line in breaks:
            extra[line] = extra.get(line, 0) + 1
        for line in range(1, nlines + 1):
            for _ in range(1 + extra.get(line, 0)):
                line_map.append(line)
        return text, line_map

    def same_tree(a, b):
        ta = real_type(a)
        if ta is not real_type(b):
            return False
        if ta is list:
            if len(a) != len(b):
                return False
            for i in range(len(a)):
                if not same_tree(a[i], b[i]):
                    return False
            return True
        if real_isinstance(a, _ast.AST):
            for field in ta._fields:
                if not same_tree(real_getattr(a, field, None), real_getattr(b, field, None)):
                    return False
            return True
        return a is b or a == b

    def compile_counted(source, tree):
        """Compiles the rewritten tree from text when possible; returns (code, line_map or None)."""
        try:
            made = layout(source, tree)
            if made is not None:
                text, line_map = made
                if line_map is None:
                    # nothing to splice or split: the tree is the parse of the source itself
                    return compile(source, '<solution>', 'exec'), [0]
                if same_tree(tree, compile(text, '<solution>', 'exec', _PyCF_ONLY_AST)):
                    return compile(text, '<solution>', 'exec'), line_map
        except (ValueError, SyntaxError, IndexError, TypeError, RecursionError):
            pass
        return compile(tree, '<solution>', 'exec'), None

    # ---- the host's entry points ---------------------------------------------------------
    def error_info(e, source_name):
        """(type name, line, text) built by trusted code; text is produced under the limits."""
        t = real_type(e)
        tname = type.__dict__['__name__'].__get__(t)
        if real_type(tname) is not str:
            tname = 'Exception'
        line = 0
        tb = BaseException.__dict__['__traceback__'].__get__(e)
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == source_name:
                line = tb.tb_lineno
            tb = tb.tb_next
        line_map = compiled[1] if len(compiled) > 1 else None
        if line_map is not None and len(line_map) > 1 and real_type(line) is int and 0 < line < len(line_map):
            line = line_map[line]
        try:
            text = BaseException.__str__(e)
        except BaseException:
            text = ''
        if real_type(text) is not str:
            text = ''
        return tname, line, text[:500]

    compiled = []

    def preimport(tree):
        """Imports the allowed modules the source names, before any player code runs. The host
        meters prepare() as the player's CPU time: an import named in code that never runs is
        still work done for the player."""
        names = []
        for node in walk(tree):
            t = real_type(node)
            if t is _ast.Import:
                names.extend(a.name for a in node.names)
            elif t is _ast.ImportFrom and node.level == 0 and node.module:
                names.append(node.module)
                names.extend(node.module + '.' + a.name for a in node.names)
        for name in names:
            if name != 'sys' and module_allowed(name) and _sys.modules.get(name) is None:
                try:
                    real_import(name, None, None, (), 0)
                except Exception:
                    pass
        patch_loaded()

    def walk(node):
        stack = [node]
        while stack:
            n = stack.pop()
            yield n
            for field in n._fields:
                child = real_getattr(n, field, None)
                if real_type(child) is list:
                    stack.extend(c for c in child if real_isinstance(c, _ast.AST))
                elif real_isinstance(child, _ast.AST):
                    stack.append(child)

    def prepare(source):
        """Parses, checks, pre-imports and compiles; runs no player code. Returns [status, ...]."""
        del compiled[:]
        try:
            tree = compile(source, '<solution>', 'exec', _PyCF_ONLY_AST)
        except SyntaxError as e:
            line = e.lineno if real_type(e.lineno) is int else 0
            msg = e.msg if real_type(e.msg) is str else 'invalid syntax'
            return ['error', 'SYNTAX_ERROR', 'line %d: %s' % (line, msg), line]
        problems = static_check(tree)
        if problems:
            line, what = problems[0]
            return ['error', 'POLICY_VIOLATION', 'line %d: %s' % (line, what), line]
        preimport(tree)
        del guard_edits[:]
        del hoisted[:]
        try:
            hoist_matches(tree)
        except ValueError:
            return ['error', 'POLICY_VIOLATION', 'a class pattern must name its class by a dotted name', 0]
        expand_star_imports(tree)
        tree = rewrite(tree, None)
        code, line_map = compile_counted(source, tree)
        compiled.append(code)
        compiled.append(line_map)
        return ['ok', line_map is not None]

    def load():
        """Runs the prepared module code of the solution. Returns [status, kind, message, line]."""
        if not compiled:
            return ['error', 'INTERNAL_ERROR', 'nothing was prepared', 0]
        return run_guest(lambda: exec(compiled[0], player_globals))

    def located(message, line):
        return 'line %d: %s' % (line, message) if line else message

    def run_guest(thunk):
        del violations[:]
        try:
            value = thunk()
        except SandboxViolation as e:
            tname, line, text = error_info(e, '<solution>')
            return ['error', 'POLICY_VIOLATION', located(violations[0], line), line]
        except RecursionError as e:
            tname, line, text = error_info(e, '<solution>')
            return ['error', 'RUNTIME_ERROR', 'RecursionError', line, 'RecursionError']
        except MemoryError as e:
            return ['error', 'MEMORY_LIMIT_EXCEEDED', 'MemoryError', 0, 'MemoryError']
        except BaseException as e:
            if violations:
                return ['error', 'POLICY_VIOLATION', violations[0], 0]
            if real_type(e) is PermissionError:
                tname, line, text = error_info(e, '<solution>')
                if text == 'not allowed in the sandbox':
                    return ['error', 'POLICY_VIOLATION', located('this call is not allowed in the sandbox', line), line]
            tname, line, text = error_info(e, '<solution>')
            if real_type(e) is OverflowError and 'index-sized' in text:
                # GraalPy's answer to a sequence no heap could hold ('x' * 10**10), where
                # CPython raises MemoryError: the program asked for too much memory
                return ['error', 'MEMORY_LIMIT_EXCEEDED', 'MemoryError', line, 'MemoryError']
            return ['error', 'RUNTIME_ERROR', '%s: %s' % (tname, text) if text else tname, line, tname]
        if violations:
            return ['error', 'POLICY_VIOLATION', violations[0], 0]
        return ['ok', value]

    def call(entry_point, args):
        fn = player_globals.get(entry_point)
        if fn is None or not callable(fn):
            return ['error', 'RUNTIME_ERROR', "the solution defines no function '%s'" % entry_point, 0, 'NameError']
        return run_guest(lambda: fn(*args))

    def types():
        """The exact built-in types of plain data, for the host's PlainValues (read by identity)."""
        return [type(None), bool, int, float, str, list, tuple, dict]

    # The host reads these by name (GuestSession.entryPoint), once, before any player code runs.
    return {'prepare': prepare, 'load': load, 'call': call, 'types': types}


setup
