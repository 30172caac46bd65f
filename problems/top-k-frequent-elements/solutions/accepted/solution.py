class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, count in counts.items():
            buckets[count].append(value)
        out = []
        for count in range(len(nums), 0, -1):
            out.extend(buckets[count])
            if len(out) >= k:
                return out[:k]
        return out
