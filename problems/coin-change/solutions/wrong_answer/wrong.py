class Solution:
    # Greedy: always takes the largest coin that fits. Fails for coins like [1, 4, 6] and amount 8.
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for coin in sorted(coins, reverse=True):
            count += amount // coin
            amount %= coin
        return count if amount == 0 else -1
