class Solution {
    public int countDistinct(String[] words) {
        Set<String> seen = new HashSet<>();
        for (String word : words) {
            seen.add(word);
        }
        return seen.size();
    }
}
