def check(args, expected, actual):
    weights = args[0]
    total = sum(weights)
    if expected is None:
        if actual is None:
            return True
        return False, "no fair split exists for these weights; return None"
    if actual is None:
        return False, "a fair split exists, but you returned None"
    if not isinstance(actual, list):
        return False, "return a list of indices (or None)"
    seen = set()
    for i in actual:
        if type(i) is not int:
            return False, "every index must be an int, got " + repr(i)
        if i < 0 or i >= len(weights):
            return False, "index " + str(i) + " is out of range for " + str(len(weights)) + " crates"
        if i in seen:
            return False, "index " + str(i) + " is listed twice"
        seen.add(i)
    first = sum(weights[i] for i in actual)
    if 2 * first != total:
        return False, ("the first barge carries " + str(first) + " and the second "
                       + str(total - first) + "; they must be equal")
    return True
