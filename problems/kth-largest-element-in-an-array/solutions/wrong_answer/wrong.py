class Solution:
    # Removes duplicates first, so equal scores share a place.
    def findKthLargest(self, nums: List[int], k: int) -> int:
        distinct = sorted(set(nums), reverse=True)
        return distinct[min(k, len(distinct)) - 1]
