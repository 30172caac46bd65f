class Solution {
    private long found;

    // Classic "subsets" backtracking: every call is one subset (the current path).
    private void backtrack(int[] nums, int start, Deque<Integer> path, int sum, int target) {
        if (sum == target) found++;
        for (int i = start; i < nums.length; i++) {
            path.addLast(nums[i]);
            backtrack(nums, i + 1, path, sum + nums[i], target);
            path.removeLast();
        }
    }

    public long countSubsets(int[] nums, int target) {
        found = 0;
        backtrack(nums, 0, new ArrayDeque<>(), 0, target);
        return found;
    }
}
