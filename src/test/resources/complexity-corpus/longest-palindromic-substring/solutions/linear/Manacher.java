class Solution {
    public String longestPalindrome(String s) {
        int n = s.length();
        if (n == 0) return "";
        // d1[i]: number of odd palindromes centred at i; d2[i]: even ones centred between i-1 and i
        int[] d1 = new int[n];
        int[] d2 = new int[n];
        for (int i = 0, l = 0, r = -1; i < n; i++) {
            int k = (i > r) ? 1 : Math.min(d1[l + r - i], r - i + 1);
            while (i - k >= 0 && i + k < n && s.charAt(i - k) == s.charAt(i + k)) k++;
            d1[i] = k--;
            if (i + k > r) {
                l = i - k;
                r = i + k;
            }
        }
        for (int i = 0, l = 0, r = -1; i < n; i++) {
            int k = (i > r) ? 0 : Math.min(d2[l + r - i + 1], r - i + 1);
            while (i - k - 1 >= 0 && i + k < n && s.charAt(i - k - 1) == s.charAt(i + k)) k++;
            d2[i] = k--;
            if (i + k > r) {
                l = i - k - 1;
                r = i + k;
            }
        }
        int bestStart = 0, bestLen = 1;
        for (int i = 0; i < n; i++) {
            int oddLen = 2 * d1[i] - 1, oddStart = i - d1[i] + 1;
            if (oddLen > bestLen || (oddLen == bestLen && oddStart < bestStart)) {
                bestLen = oddLen;
                bestStart = oddStart;
            }
            int evenLen = 2 * d2[i], evenStart = i - d2[i];
            if (evenLen > bestLen || (evenLen == bestLen && evenStart < bestStart)) {
                bestLen = evenLen;
                bestStart = evenStart;
            }
        }
        return s.substring(bestStart, bestStart + bestLen);
    }
}
