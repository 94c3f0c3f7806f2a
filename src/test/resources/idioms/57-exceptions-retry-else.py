# about: try/except/else/finally flow in a loop with continue and break, and assert
# expect: ACCEPTED
# mode: grade
# test: [["4", "zero", "0", "2"]] => [[0.25, 0.5], ["zero: invalid", "0: division"], 4]


def solve(tokens):
    results, problems, attempts = [], [], 0
    for t in tokens:
        attempts += 1
        try:
            v = 1 / int(t)
        except ValueError:
            problems.append(f'{t}: invalid')
            continue
        except ZeroDivisionError:
            problems.append(f'{t}: division')
            continue
        else:
            results.append(v)
        finally:
            assert attempts > 0
    return [results, problems, attempts]
