class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        int k = 0;
        for (int q : queries) {
            long n = q, x = n;
            if (n >= 2) {
                while (x > n / x) x = (x + n / x) / 2;
            }
            out[k++] = (int) x;
        }
        return out;
    }
}
