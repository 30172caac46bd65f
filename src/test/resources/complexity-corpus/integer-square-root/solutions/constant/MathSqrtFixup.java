class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long n = queries[i];
            // The double root is off by at most a little; correct it with a bounded number of steps.
            long r = (long) Math.sqrt((double) n);
            while (r * r > n) r--;
            while ((r + 1) * (r + 1) <= n) r++;
            out[i] = (int) r;
        }
        return out;
    }
}
