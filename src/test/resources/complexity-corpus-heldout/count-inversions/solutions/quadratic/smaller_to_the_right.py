class Solution:
    def countInversions(self, nums: List[int]) -> int:
        total = 0
        n = len(nums)
        i = 0
        while i < n:
            j = n - 1
            while j > i:
                if nums[j] < nums[i]:
                    total += 1
                j -= 1
            i += 1
        return total
