class Solution:
    # Averages the two medians, which is not the median of the union.
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        def median(xs):
            return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2
        parts = [median(x) for x in (nums1, nums2) if x]
        return sum(parts) / len(parts)
