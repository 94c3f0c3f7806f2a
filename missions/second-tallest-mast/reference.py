def second_tallest(heights: list[int]) -> int | None:
    first = second = None
    for h in heights:
        if first is None or h > first:
            first, second = h, first
        elif h != first and (second is None or h > second):
            second = h
    return second
