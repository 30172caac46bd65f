class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)

        def expand(left: int, right: int) -> int:
            while left >= 0 and right < n and s[left] == s[right]:
                left -= 1
                right += 1
            return right - left - 1

        start, length = 0, 0
        for i in range(n):
            odd = expand(i, i)
            if odd > length:
                start, length = i - (odd - 1) // 2, odd
            even = expand(i, i + 1)
            if even > length:
                start, length = i - even // 2 + 1, even
        return s[start:start + length]
