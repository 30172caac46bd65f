class Solution {
    // HITS[r] = how many of 1..r are divisible by 3 or 5, for r in 0..14.
    private static final int[] HITS = {0, 0, 0, 1, 1, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6};

    public int[] countMultiples(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int q = queries[i];
            // Every full block of 15 holds exactly 7 hits (3, 5, 6, 9, 10, 12, 15).
            out[i] = (q / 15) * 7 + HITS[q % 15];
        }
        return out;
    }
}
