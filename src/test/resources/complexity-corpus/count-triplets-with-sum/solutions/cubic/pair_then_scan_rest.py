class Solution:
    def countTriplets(self, nums: List[int], target: int) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            for j in range(i + 1, n):
                need = target - nums[i] - nums[j]
                # look for the third value among the later elements, one by one
                for x in nums[j + 1:]:
                    if x == need:
                        count += 1
        return count
