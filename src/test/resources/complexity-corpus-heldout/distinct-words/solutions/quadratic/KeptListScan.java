class Solution {
    public int countDistinct(String[] words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            boolean found = false;
            for (String other : kept) {
                if (other.equals(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) kept.add(word);
        }
        return kept.size();
    }
}
