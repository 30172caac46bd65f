class Solution:
    def countInversions(self, nums: List[int]) -> int:
        a = list(nums)
        swaps = 0
        for end in range(len(a) - 1, 0, -1):
            for i in range(end):
                if a[i] > a[i + 1]:
                    a[i], a[i + 1] = a[i + 1], a[i]
                    swaps += 1
        return swaps
