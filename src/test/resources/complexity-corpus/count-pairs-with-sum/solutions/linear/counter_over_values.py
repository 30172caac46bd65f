from collections import Counter


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        counts = Counter(nums)
        pairs = 0
        for value, c in counts.items():
            other = target - value
            if value < other:
                pairs += c * counts.get(other, 0)
            elif value == other:
                pairs += c * (c - 1) // 2
        return pairs
