class Solution {
    private char[] chars;

    public String longestPalindrome(String s) {
        chars = s.toCharArray();
        int begin = 0, maxLen = 0;
        for (int i = 0; i < chars.length; i++) {
            int len1 = radius(i, i);
            int len2 = radius(i, i + 1);
            int len = Math.max(len1, len2);
            if (len > maxLen) {
                maxLen = len;
                begin = i - (len - 1) / 2;
            }
        }
        return s.substring(begin, begin + maxLen);
    }

    private int radius(int lo, int hi) {
        while (lo >= 0 && hi < chars.length && chars[lo] == chars[hi]) {
            lo--;
            hi++;
        }
        return hi - lo - 1;
    }
}
