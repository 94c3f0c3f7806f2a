MOD = 1_000_000_007


def mul_mod(p, q, weights):
    """Multiply two polynomials of degree < k, then reduce modulo x^k - c0 x^(k-1) - ... - c(k-1)."""
    k = len(weights)
    prod = [0] * (2 * k - 1)
    for i, pi in enumerate(p):
        if pi:
            for j, qj in enumerate(q):
                prod[i + j] += pi * qj
    # x^d for d >= k rewrites as sum(c[j] * x^(d-1-j)); fold from the top degree down.
    for d in range(2 * k - 2, k - 1, -1):
        top = prod[d] % MOD
        if top:
            for j in range(k):
                prod[d - 1 - j] += top * weights[j]
    return [v % MOD for v in prod[:k]]


def eruption(first: list[int], weights: list[int], n: int) -> int:
    k = len(first)
    if n < k:
        return first[n] % MOD
    # a[n] = sum(r[i] * a[i]) where r = x^n mod the characteristic polynomial (Kitamasa).
    result = [1] + [0] * (k - 1)          # x^0
    base = [0, 1] + [0] * (k - 2) if k > 1 else [weights[0] % MOD]  # x^1 (for k == 1, x = c0)
    e = n
    while e:
        if e & 1:
            result = mul_mod(result, base, weights)
        base = mul_mod(base, base, weights)
        e >>= 1
    return sum(r * a for r, a in zip(result, first)) % MOD
