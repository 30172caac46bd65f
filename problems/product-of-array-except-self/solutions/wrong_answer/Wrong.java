class Solution {
    // Divides the total product by each element: breaks as soon as there is a zero.
    public int[] productExceptSelf(int[] nums) {
        long total = 1;
        for (int x : nums) total *= x;
        int[] out = new int[nums.length];
        for (int i = 0; i < nums.length; i++) out[i] = nums[i] == 0 ? 0 : (int) (total / nums[i]);
        return out;
    }
}
