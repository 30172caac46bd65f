class Solution {
    public int countDistinct(String[] words) {
        Map<String, Integer> tally = new HashMap<>();
        for (String w : words) tally.merge(w, 1, Integer::sum);
        int distinct = 0;
        for (int times : tally.values()) {
            if (times > 0) distinct++;
        }
        return distinct;
    }
}
