class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] roots = new int[queries.length];
        int i = 0;
        for (int q : queries) {
            long guess = Math.round(Math.exp(Math.log(q) / 2));
            while (guess * guess > q) guess--;
            while ((guess + 1) * (guess + 1) <= q) guess++;
            roots[i++] = (int) guess;
        }
        return roots;
    }
}
