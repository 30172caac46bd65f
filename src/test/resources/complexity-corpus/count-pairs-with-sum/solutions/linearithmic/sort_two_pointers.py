class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        i, j = 0, len(a) - 1
        pairs = 0
        while i < j:
            s = a[i] + a[j]
            if s < target:
                i += 1
            elif s > target:
                j -= 1
            elif a[i] == a[j]:
                k = j - i + 1
                pairs += k * (k - 1) // 2
                break
            else:
                left = i
                while a[i] == a[left]:
                    i += 1
                right = j
                while a[j] == a[right]:
                    j -= 1
                pairs += (i - left) * (right - j)
        return pairs
