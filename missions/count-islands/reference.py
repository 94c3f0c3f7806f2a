def count_islands(chart: list[str]) -> int:
    if not chart:
        return 0
    # One flat row-major list with a border of water, so neighbours are index +-1 and +-width
    # and never fall off the map.
    width = len(chart[0]) + 2
    land = [False] * width
    for row in chart:
        land.append(False)
        land.extend(ch == "#" for ch in row)
        land.append(False)
    land.extend([False] * width)
    steps = (1, -1, width, -width)
    islands = 0
    for start, is_land in enumerate(land):
        if not is_land:
            continue
        islands += 1
        land[start] = False
        stack = [start]
        while stack:
            cell = stack.pop()
            for step in steps:
                nxt = cell + step
                if land[nxt]:
                    land[nxt] = False
                    stack.append(nxt)
    return islands
