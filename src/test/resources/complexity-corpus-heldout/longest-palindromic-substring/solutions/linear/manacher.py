class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Manacher on "^#a#b#...#$" so every palindrome has odd length.
        t = "^#" + "#".join(s) + "#$"
        m = len(t)
        p = [0] * m
        center = right = 0
        best_len, best_center = 0, 0
        for i in range(1, m - 1):
            if i < right:
                p[i] = min(right - i, p[2 * center - i])
            while t[i + p[i] + 1] == t[i - p[i] - 1]:
                p[i] += 1
            if i + p[i] > right:
                center, right = i, i + p[i]
            if p[i] > best_len:
                best_len, best_center = p[i], i
        start = (best_center - best_len) // 2
        return s[start:start + best_len]
