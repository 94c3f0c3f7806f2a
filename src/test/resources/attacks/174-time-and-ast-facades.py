# expect: RUNTIME_ERROR
# about: issue 16's time and ast are facades: no real module behind them, literal_eval builds no code
import ast
import time

try:
    ast.literal_eval('__import__("posix")')
    print('WALL-BREACHED', 'literal_eval ran code')
except ValueError:
    pass
time.sleep(0.01)
ast.parse('1')
