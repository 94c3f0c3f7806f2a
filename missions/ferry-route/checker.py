def check(args, expected, actual):
    ferries, start, goal = args
    if expected is None:
        if actual is None:
            return True
        return False, "no ferries connect " + start + " to " + goal + "; return None"
    if actual is None:
        return False, "a route exists, but you returned None"
    if not isinstance(actual, list) or not all(isinstance(x, str) for x in actual):
        return False, "return a list of island names (str)"
    if not actual:
        return False, "the route is empty; it must at least contain the start island"
    if actual[0] != start:
        return False, "the route must start at " + start + ", not " + actual[0]
    if actual[-1] != goal:
        return False, "the route must end at " + goal + ", not " + actual[-1]
    links = set()
    for a, b in ferries:
        links.add((a, b))
        links.add((b, a))
    for i in range(len(actual) - 1):
        if (actual[i], actual[i + 1]) not in links:
            return False, "there is no ferry between " + actual[i] + " and " + actual[i + 1]
    if len(actual) > len(expected):
        return False, ("your route takes " + str(len(actual) - 1) + " ferries, but "
                       + str(len(expected) - 1) + " are enough")
    return True
