package dev.sandcastle.sandbox;

import java.util.Set;
import java.util.TreeSet;

/**
 * The Python rules of one mission: which builtins and imports a solution may use on top of
 * the defaults. Modules on the never-list cannot be allowed by any mission.
 */
public record Policy(Set<String> extraBuiltins, Set<String> extraImports) {

    public static final Policy DEFAULT = new Policy(Set.of(), Set.of());

    /** Pure modules every mission may import. */
    public static final Set<String> DEFAULT_IMPORTS = Set.of(
            "math", "cmath", "re", "string", "itertools", "functools", "collections", "heapq", "bisect",
            "fractions", "decimal", "random", "datetime", "operator", "statistics", "typing",
            "dataclasses", "enum", "json", "copy", "numbers", "array", "textwrap", "unicodedata",
            // issue 16: abc, queue and contextlib are pure; time and ast are served by the wall as
            // facades (clocks and a bounded sleep; literal_eval only), never the real modules
            "abc", "queue", "contextlib", "time", "ast");

    /** Modules that reach the host or the interpreter's internals; no mission can lift these. */
    public static final Set<String> NEVER_IMPORTS = Set.of(
            "signal", "_signal", "os", "posix", "nt", "gc", "java", "polyglot", "__graalpython__",
            "_frozen_importlib", "_frozen_importlib_external", "_imp", "ctypes", "_ctypes", "socket", "_socket",
            "select", "selectors", "subprocess", "_posixsubprocess", "threading", "_thread", "multiprocessing",
            "concurrent", "asyncio", "mmap", "resource", "importlib", "inspect", "pickle", "_pickle", "marshal",
            "io", "_io", "builtins", "code", "codeop", "pdb", "bdb", "faulthandler", "site", "platform", "sys",
            "atexit", "traceback", "types", "weakref", "_weakref", "tracemalloc", "pty", "tty", "fcntl",
            "termios", "pwd", "grp", "shutil", "tempfile", "pathlib", "glob", "zipimport", "runpy", "pkgutil",
            "sysconfig", "ssl", "http", "urllib", "ftplib", "smtplib", "webbrowser", "sqlite3", "dbm", "shelve",
            "dis", "symtable", "_ast", "_posixshmem", "_multiprocessing", "_struct", "struct",
            "_sysconfig", "_winapi", "msvcrt", "winreg", "_tracemalloc", "_testcapi", "cffi", "_cffi_backend",
            "_locale", "locale", "ctypes.util", "_operator_ext", "_time", "zoneinfo", "logging",
            "unittest", "doctest", "warnings", "_warnings", "linecache", "tokenize", "sre_compile");

    public Policy {
        extraBuiltins = Set.copyOf(extraBuiltins);
        extraImports = Set.copyOf(extraImports);
        Set<String> forbidden = new TreeSet<>();
        for (String module : extraImports) {
            if (isNever(module)) {
                forbidden.add(module);
            }
        }
        if (!forbidden.isEmpty()) {
            throw new IllegalArgumentException("these modules can never be allowed: " + forbidden);
        }
    }

    /** True when the module, or the package it belongs to, is on the never-list. */
    public static boolean isNever(String module) {
        String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        return NEVER_IMPORTS.contains(module) || NEVER_IMPORTS.contains(top);
    }

    /** True when a solution under this policy may import the module. */
    public boolean allowsImport(String module) {
        if (isNever(module)) {
            return false;
        }
        String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        return DEFAULT_IMPORTS.contains(top) || extraImports.contains(top) || extraImports.contains(module);
    }
}
