# about: re, string and textwrap
# expect: ACCEPTED
# mode: grade
# test: ["hello World 42 and 7"] => [["hello", "world", "and"], "Hello World 42 And 7", [42, 7], ["alpha beta", "gamma delta"], "Ann likes tea", "abc"]
import re
import string
import textwrap


def solve(text):
    words = re.findall(r"[a-z]+", text.lower())
    caps = string.capwords(text)
    pat = re.compile(r"(?P<num>\d+)")
    nums = [int(m.group("num")) for m in pat.finditer(text)]
    wrapped = textwrap.wrap("alpha beta gamma delta", 11)
    tmpl = string.Template("$who likes $what").substitute(who="Ann", what="tea")
    return [words, caps, nums, wrapped, tmpl, string.ascii_lowercase[:3]]
