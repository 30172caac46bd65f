class Solution {
    // Sorts correctly but overwrites the end instead of keeping the larger one: [1,10] + [2,3] gives [1,3].
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] iv : intervals) {
            if (!merged.isEmpty() && iv[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = iv[1];
            } else {
                merged.add(new int[]{iv[0], iv[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
