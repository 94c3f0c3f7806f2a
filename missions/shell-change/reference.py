def ways_to_pay(price: int, shells: list[int]) -> int:
    ways = [1] + [0] * price
    for value in shells:
        for p in range(value, price + 1):
            ways[p] += ways[p - value]
    return ways[price]
