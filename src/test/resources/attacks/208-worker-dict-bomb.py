# expect: MEMORY_LIMIT_EXCEEDED
# about: dict bomb: every entry small (a 64-slot list), keys without end
# (slow to grow, as 206: in a clean-clone CI run it met the 2 s CPU limit first; 8 s as for 085 and 206)
# needs: worker
# cpu-ms-per-test: 8000

d = {}
i = 0
while True:
    d[i] = [i] * 64
    i += 1
