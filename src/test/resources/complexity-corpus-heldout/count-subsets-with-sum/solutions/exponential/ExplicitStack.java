class Solution {
    public long countSubsets(int[] nums, int target) {
        long count = 0;
        Deque<long[]> stack = new ArrayDeque<>();
        stack.push(new long[]{0, 0});
        while (!stack.isEmpty()) {
            long[] top = stack.pop();
            int index = (int) top[0];
            if (index == nums.length) {
                if (top[1] == target) count++;
                continue;
            }
            stack.push(new long[]{index + 1, top[1]});
            stack.push(new long[]{index + 1, top[1] + nums[index]});
        }
        return count;
    }
}
