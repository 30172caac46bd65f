class Solution:
    def countInversions(self, nums: List[int]) -> int:
        # Values are in [0, n): a Fenwick tree counts how many seen values exceed each new one.
        size = max(nums) + 2
        tree = [0] * (size + 1)
        seen = 0
        total = 0
        for x in nums:
            # values <= x seen so far
            i, at_most = x + 1, 0
            while i > 0:
                at_most += tree[i]
                i -= i & -i
            total += seen - at_most
            i = x + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
            seen += 1
        return total
