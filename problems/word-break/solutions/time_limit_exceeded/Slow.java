class Solution {
    // Tries every split without remembering failures: exponential on "aaaa...ab".
    public boolean wordBreak(String s, List<String> wordDict) {
        if (s.isEmpty()) return true;
        for (String w : wordDict) if (s.startsWith(w) && wordBreak(s.substring(w.length()), wordDict)) return true;
        return false;
    }
}
