class Solution {
    public String longestPalindrome(String s) {
        int n = s.length();
        if (n < 2) {
            return s;
        }
        // Transform "abc" into "^#a#b#c#$" so every palindrome has odd length.
        int m = 2 * n + 3;
        char[] t = new char[m];
        t[0] = '^';
        t[m - 1] = '$';
        for (int i = 0; i < n; i++) {
            t[2 * i + 1] = '#';
            t[2 * i + 2] = s.charAt(i);
        }
        t[2 * n + 1] = '#';

        int[] p = new int[m];
        int center = 0, right = 0;
        int bestCenter = 0, bestLen = 0;
        for (int i = 1; i < m - 1; i++) {
            if (i < right) {
                int mirror = 2 * center - i;
                p[i] = Math.min(right - i, p[mirror]);
            }
            while (t[i + p[i] + 1] == t[i - p[i] - 1]) {
                p[i]++;
            }
            if (i + p[i] > right) {
                center = i;
                right = i + p[i];
            }
            if (p[i] > bestLen) {
                bestLen = p[i];
                bestCenter = i;
            }
        }
        int start = (bestCenter - bestLen - 1) / 2;
        return s.substring(start, start + bestLen);
    }
}
