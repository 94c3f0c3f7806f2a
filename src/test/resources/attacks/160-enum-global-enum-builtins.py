# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #5: enum.global_enum writes a class's members into the globals of the module its __module__ names, here the real builtins

import enum

E = enum.Enum('E', [('sc_probe', 1)], module='builtins')
enum.global_enum(E)
print('WALL-BREACHED', 'global_enum wrote into the builtins module')
