def check(args, expected, actual):
    jobs, rules = args
    if expected is None:
        if actual is None:
            return True
        return False, "the rules contain a cycle, so no order exists; return None"
    if actual is None:
        return False, "a valid order exists, but you returned None"
    if not isinstance(actual, list):
        return False, "return a list of job names (or None)"
    position = {}
    for i, job in enumerate(actual):
        if not isinstance(job, str):
            return False, "every job must be a str, got " + repr(job)
        if job in position:
            return False, "job " + repr(job) + " appears twice"
        position[job] = i
    for job in jobs:
        if job not in position:
            return False, "job " + repr(job) + " is missing"
    if len(actual) != len(jobs):
        return False, "the order contains jobs that are not in the list"
    for first, then in rules:
        if position[first] > position[then]:
            return False, "rule broken: " + repr(first) + " must come before " + repr(then)
    return True
