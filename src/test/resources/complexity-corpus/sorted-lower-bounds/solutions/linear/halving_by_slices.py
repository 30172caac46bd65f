class Solution:
    def countsBelow(self, nums: List[int], queries: List[int]) -> List[int]:
        counts = []
        for q in queries:
            part, below = nums, 0
            while part:
                mid = len(part) // 2
                if part[mid] < q:
                    below += mid + 1
                    part = part[mid + 1:]
                else:
                    part = part[:mid]
            counts.append(below)
        return counts
