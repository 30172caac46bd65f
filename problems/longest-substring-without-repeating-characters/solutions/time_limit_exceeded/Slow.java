class Solution {
    // Tries every substring and checks it for repeats: O(n^2) substrings, each checked in up to O(n).
    public int lengthOfLongestSubstring(String s) {
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = i; j < s.length(); j++) {
                if (allDistinct(s, i, j)) best = Math.max(best, j - i + 1);
            }
        }
        return best;
    }

    private boolean allDistinct(String s, int from, int to) {
        Set<Character> seen = new HashSet<>();
        for (int k = from; k <= to; k++) {
            if (!seen.add(s.charAt(k))) return false;
        }
        return true;
    }
}
