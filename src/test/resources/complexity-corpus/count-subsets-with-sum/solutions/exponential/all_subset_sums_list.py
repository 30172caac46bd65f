class Solution:
    def countSubsets(self, nums: List[int], target: int) -> int:
        # Build the sum of every subset: each element doubles the list.
        sums = [0]
        for x in nums:
            sums = sums + [s + x for s in sums]
        return sums.count(target)
