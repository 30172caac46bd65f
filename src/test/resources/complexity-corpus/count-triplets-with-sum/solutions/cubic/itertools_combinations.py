from itertools import combinations


class Solution:
    def countTriplets(self, nums: List[int], target: int) -> int:
        return sum(1 for a, b, c in combinations(nums, 3) if a + b + c == target)
