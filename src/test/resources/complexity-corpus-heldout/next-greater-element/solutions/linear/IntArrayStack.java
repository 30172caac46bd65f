class Solution {
    public int[] nextGreater(int[] nums) {
        int n = nums.length;
        int[] res = new int[n];
        Arrays.fill(res, -1);
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && nums[stack[top - 1]] < nums[i]) {
                res[stack[--top]] = nums[i];
            }
            stack[top++] = i;
        }
        return res;
    }
}
