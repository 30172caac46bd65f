class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long q = queries[i];
            long root = 0;
            long bit = 1L << ((64 - Long.numberOfLeadingZeros(q)) / 2);
            for (; bit > 0; bit >>= 1) {
                long c = root | bit;
                if (c * c <= q) root = c;
            }
            out[i] = (int) root;
        }
        return out;
    }
}
