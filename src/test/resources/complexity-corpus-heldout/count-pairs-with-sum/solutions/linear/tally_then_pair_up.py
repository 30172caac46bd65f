from collections import defaultdict


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        # Tally every value first, then let each element look up its partners; every pair is seen from both ends.
        tally = defaultdict(int)
        for x in nums:
            tally[x] += 1
        twice = 0
        for x in nums:
            partner = target - x
            if partner in tally:
                twice += tally[partner] - (1 if partner == x else 0)
        return twice // 2
