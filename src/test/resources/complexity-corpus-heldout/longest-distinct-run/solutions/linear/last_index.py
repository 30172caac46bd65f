class Solution:
    def longestDistinctRun(self, nums: List[int]) -> int:
        last = {}
        lo = 0
        answer = 0
        for hi, value in enumerate(nums):
            if value in last and last[value] >= lo:
                lo = last[value] + 1
            last[value] = hi
            answer = max(answer, hi - lo + 1)
        return answer
