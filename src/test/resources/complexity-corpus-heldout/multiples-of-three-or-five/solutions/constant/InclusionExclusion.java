class Solution {
    public int[] countMultiples(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int q = queries[i];
            // Divisible by 3, plus divisible by 5, minus divisible by both (15).
            out[i] = q / 3 + q / 5 - q / 15;
        }
        return out;
    }
}
