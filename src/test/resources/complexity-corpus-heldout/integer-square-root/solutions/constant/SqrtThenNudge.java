class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long q = queries[i];
            long r = (long) Math.sqrt((double) q);
            while (r * r > q) r--;
            while ((r + 1) * (r + 1) <= q) r++;
            out[i] = (int) r;
        }
        return out;
    }
}
