class Solution {
    public int countDistinct(String[] words) {
        String[] ordered = words.clone();
        Arrays.sort(ordered);
        int changes = 0;
        for (int i = 0; i < ordered.length; i++) {
            if (i == 0 || !ordered[i].equals(ordered[i - 1])) changes++;
        }
        return changes;
    }
}
