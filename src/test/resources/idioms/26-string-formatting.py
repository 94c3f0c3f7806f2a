# about: str.format with attribute and index fields on the solution's objects, format specs, f-strings, Template
# expect: ACCEPTED
# mode: grade
# test: ["Ann", 7] => ["Ann scored   7", "Ann/7", "[Ann]", "7.00%", "Hi Ann", "0b111"]
from string import Template


class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score


def solve(name, score):
    p = Player(name, score)
    return ['{0.name} scored {0.score:>3}'.format(p), '{p.name}/{p.score}'.format(p=p),
            '[{names[0]}]'.format(names=[name]), f'{score:.2f}%', Template('Hi $who').substitute(who=name),
            format(score, '#b')]
