# about: str.maketrans and translate for a cipher
# expect: ACCEPTED
# mode: grade
# test: ["hello world", 3] => "khoor zruog"

import string
def solve(text, shift):
    lower = string.ascii_lowercase
    table = str.maketrans(lower, lower[shift:] + lower[:shift])
    return text.translate(table)
