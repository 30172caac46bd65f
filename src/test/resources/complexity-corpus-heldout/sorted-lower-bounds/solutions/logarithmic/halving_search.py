class Solution:
    def countsBelow(self, nums: List[int], queries: List[int]) -> List[int]:
        counts = []
        for q in queries:
            lo, hi = 0, len(nums)
            while lo < hi:
                mid = (lo + hi) // 2
                if nums[mid] < q:
                    lo = mid + 1
                else:
                    hi = mid
            counts.append(lo)
        return counts
