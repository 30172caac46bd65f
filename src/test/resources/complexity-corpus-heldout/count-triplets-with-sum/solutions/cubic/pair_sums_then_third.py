class Solution:
    def countTriplets(self, nums: List[int], target: int) -> int:
        n = len(nums)
        found = 0
        for a in range(n):
            for b in range(a + 1, n):
                rest = target - nums[a] - nums[b]
                for c in range(b + 1, n):
                    found += nums[c] == rest
        return found
