# expect: POLICY_VIOLATION
# about: coroutine cr_frame

async def c():
    return 1
x = c()
print(x.cr_frame)
