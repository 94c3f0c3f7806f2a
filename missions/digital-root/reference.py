def digital_root(n: int) -> int:
    # Summing digits preserves n mod 9, so the root is n mod 9 with 9 instead of 0 (except n == 0).
    if n == 0:
        return 0
    return 1 + (n - 1) % 9
