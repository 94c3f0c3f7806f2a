# expect: POLICY_VIOLATION
# about: issue 16 allows __getattr__; a library class's __getattr__ is then checked like getattr (typing aliases forward names to their origin)
import typing

f = getattr(typing.List[int], '__getattr__')
print('WALL-BREACHED', f('_inst' + 'ancecheck_hook'))
