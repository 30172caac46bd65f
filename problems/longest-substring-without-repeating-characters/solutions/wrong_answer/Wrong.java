class Solution {
    // Resets the window completely on a repeat instead of moving past the earlier copy.
    public int lengthOfLongestSubstring(String s) {
        Set<Character> window = new HashSet<>();
        int best = 0;
        for (char c : s.toCharArray()) {
            if (window.contains(c)) window.clear();
            window.add(c);
            best = Math.max(best, window.size());
        }
        return best;
    }
}
