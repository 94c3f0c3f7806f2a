# about: issue 16: `globals()[name] = value` defines the solution's own constants
# expect: ACCEPTED
# mode: grade
# test: [2] => 20

for _i, _name in enumerate(['ZERO', 'TEN', 'TWENTY']):
    globals()[_name] = _i * 10


def solve(k):
    return globals()[['ZERO', 'TEN', 'TWENTY'][k]] if 'TWENTY' in globals() else -1
