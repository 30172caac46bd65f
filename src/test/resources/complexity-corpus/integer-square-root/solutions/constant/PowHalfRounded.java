class Solution {
    private int root(int n) {
        long r = Math.round(Math.pow(n, 0.5));
        if (r * r > n) r--;
        if ((r + 1) * (r + 1) <= n) r++;
        return (int) r;
    }

    public int[] floorSqrts(int[] queries) {
        return Arrays.stream(queries).map(this::root).toArray();
    }
}
