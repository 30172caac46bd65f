class Solution {
    // Wrong base case: claims a single step can be climbed in two ways.
    public int climbStairs(int n) {
        int a = 2, b = 2;
        for (int i = 2; i < n; i++) { int t = a + b; a = b; b = t; }
        return n == 1 ? a : b;
    }
}
