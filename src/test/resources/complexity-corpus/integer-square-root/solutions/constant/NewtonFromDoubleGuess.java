class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long n = queries[i];
            if (n < 2) {
                out[i] = (int) n;
                continue;
            }
            // Newton's method from just above the root: one or two steps, whatever n is.
            long x = (long) Math.sqrt((double) n) + 2;
            while (true) {
                long y = (x + n / x) / 2;
                if (y >= x) break;
                x = y;
            }
            out[i] = (int) x;
        }
        return out;
    }
}
