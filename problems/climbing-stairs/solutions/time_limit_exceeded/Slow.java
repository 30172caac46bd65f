class Solution {
    // Plain recursion recomputes the same subproblems: exponential time.
    public int climbStairs(int n) {
        if (n <= 1) return 1;
        return climbStairs(n - 1) + climbStairs(n - 2);
    }
}
