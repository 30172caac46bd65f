class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        # Values are non-negative and bounded by a multiple of len(nums): count them in an array.
        top = max(nums)
        counts = [0] * (top + 1)
        pairs = 0
        for x in nums:
            need = target - x
            if 0 <= need <= top:
                pairs += counts[need]
            counts[x] += 1
        return pairs
