from collections import deque


def vent_peaks(readings: list[int], k: int) -> list[int]:
    window = deque()  # indices whose readings decrease from front to back
    peaks = []
    for i, value in enumerate(readings):
        while window and readings[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            peaks.append(readings[window[0]])
    return peaks
