# expect: POLICY_VIOLATION
# about: a library slot descriptor's __set__ is a store without the store guard: rename a dataclass Field through dataclasses.Field.name.__set__
import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


f = dataclasses.fields(Base)[0]
dataclasses.Field.name.__set__(f, 'y')
if f.name == 'y':
    print('WALL-BREACHED', 'a Field was renamed through its slot descriptor')
