# expect: POLICY_VIOLATION|RUNTIME_ERROR
# about: issue 12 #4: a dict-subclass __annotations__ skips the wall's field-name check and its key becomes source text of the generated __eq__

import dataclasses


class D(dict):
    pass


evil = 'mark.append(__import__("builtins")) or self.x'
C = type('C', (), {'__annot' + 'ations__': D({evil: int}), evil: 0, 'mark': [], 'x': 0})
C = dataclasses.dataclass(init=False, repr=False)(C)
C() == C()
if C.mark:
    print('WALL-BREACHED', C.mark)
