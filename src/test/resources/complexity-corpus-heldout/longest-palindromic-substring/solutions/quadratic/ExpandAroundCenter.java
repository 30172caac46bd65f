class Solution {
    public String longestPalindrome(String s) {
        int n = s.length();
        int bestL = 0, bestR = -1;
        for (int c = 0; c < 2 * n - 1; c++) {
            int l = c / 2;
            int r = l + c % 2;
            while (l >= 0 && r < n && s.charAt(l) == s.charAt(r)) {
                l--;
                r++;
            }
            // palindrome is s[l+1 .. r-1]
            if (r - l - 1 > bestR - bestL + 1) {
                bestL = l + 1;
                bestR = r - 1;
            }
        }
        return s.substring(bestL, bestR + 1);
    }
}
