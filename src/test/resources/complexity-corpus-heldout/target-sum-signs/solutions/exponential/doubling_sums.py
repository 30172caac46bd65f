class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Every signed sum of the prefix; each number doubles the list (no merging of equal sums).
        sums = [0]
        for x in nums:
            sums = [s + x for s in sums] + [s - x for s in sums]
        return sums.count(target)
