class Solution:
    def countTriplets(self, nums: List[int], target: int) -> int:
        n = len(nums)
        hits = 0
        i = 0
        while i < n:
            j = i + 1
            while j < n:
                k = j + 1
                while k < n:
                    if nums[i] + nums[j] + nums[k] == target:
                        hits += 1
                    k += 1
                j += 1
            i += 1
        return hits
