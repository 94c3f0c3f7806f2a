MOD = 1_000_000_007


def count_paths(field: list[str]) -> int:
    """Count routes top-left -> bottom-right moving right, down or down-right over '.' squares, mod 1e9+7."""
    pass
