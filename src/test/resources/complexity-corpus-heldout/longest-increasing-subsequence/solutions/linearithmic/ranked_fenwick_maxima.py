class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # rank the distinct values, then a Fenwick tree of prefix maxima over the ranks: the longest run ending at a
        # value is one more than the longest ending at any smaller rank
        rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(rank)
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            r = rank[x] - 1
            longest = 0
            while r > 0:
                if tree[r] > longest:
                    longest = tree[r]
                r -= r & -r
            here = longest + 1
            if here > best:
                best = here
            r = rank[x]
            while r <= size:
                if tree[r] < here:
                    tree[r] = here
                r += r & -r
        return best
