# expect: RUNTIME_ERROR
# about: raise SystemExit to end the sandbox

raise SystemExit(0)
