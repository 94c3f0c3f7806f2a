# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #4: renaming a field of an already processed base dataclass puts attacker text into the source dataclasses builds for the subclass's __eq__

import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


dataclasses.fields(Base)[0].name = 'mark.append(__import__("builtins")) or self.x'


@dataclasses.dataclass(init=False, repr=False)
class Child(Base):
    mark = []


try:
    Child() == Child()
except Exception as e:
    print(type(e).__name__, e)
if Child.mark:
    print('WALL-BREACHED', Child.mark)
