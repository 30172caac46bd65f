class Solution:
    def countSmaller(self, nums: List[int]) -> List[int]:
        rank = {v: r for r, v in enumerate(sorted(set(nums)), start=1)}
        size = len(rank)
        tree = [0] * (size + 1)
        out = [0] * len(nums)
        for i in range(len(nums) - 1, -1, -1):
            r = rank[nums[i]]
            total = 0
            k = r - 1
            while k > 0:
                total += tree[k]
                k -= k & -k
            out[i] = total
            while r <= size:
                tree[r] += 1
                r += r & -r
        return out
