class Solution:
    def countSubsets(self, nums: List[int], target: int) -> int:
        n = len(nums)
        total = 0
        matches = 1 if target == 0 else 0
        previous = 0
        for step in range(1, 1 << n):
            gray = step ^ (step >> 1)
            flipped = gray ^ previous
            bit = flipped.bit_length() - 1
            if gray & flipped:
                total += nums[bit]
            else:
                total -= nums[bit]
            if total == target:
                matches += 1
            previous = gray
        return matches
