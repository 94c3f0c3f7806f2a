# Naive solution of seismograph-pings: adds n // i for every i from 1 to n.
# O(n) time; hidden tests have n up to 10**11, so it must get TIME_LIMIT_EXCEEDED
# (the reference is O(sqrt n)).
def total_pings(n):
    total = 0
    for i in range(1, n + 1):
        total += n // i
    return total
