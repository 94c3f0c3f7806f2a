# about: setting the public attributes of library objects (decimal context precision, a TextWrapper's width, a random generator's state)
# expect: ACCEPTED
# mode: grade
# test: [30] => ["0.333333333333333333333333333333", ["aaa", "bbb"]]
import decimal
import textwrap


def solve(prec):
    ctx = decimal.getcontext()
    ctx.prec = prec
    third = decimal.Decimal(1) / decimal.Decimal(3)
    w = textwrap.TextWrapper()
    w.width = 3
    return [str(third), w.wrap('aaa bbb')]
